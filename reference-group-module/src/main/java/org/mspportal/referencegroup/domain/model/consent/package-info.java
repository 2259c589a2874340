/** A member's consent: to practice learning, and to being quoted anonymously or by first name; what it allows to be indexed or quoted. */
package org.mspportal.referencegroup.domain.model.consent;
