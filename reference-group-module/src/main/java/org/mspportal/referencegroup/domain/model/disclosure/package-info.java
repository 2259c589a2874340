/** An alert raised when a member's words read like a disclosure of harm, and what the facilitator did about it. */
package org.mspportal.referencegroup.domain.model.disclosure;
