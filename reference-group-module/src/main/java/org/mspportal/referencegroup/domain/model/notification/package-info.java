/** What members are told when something they took part in changes (a response to their suggestion), and who is told. */
package org.mspportal.referencegroup.domain.model.notification;
