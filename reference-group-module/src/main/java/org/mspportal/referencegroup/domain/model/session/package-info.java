/** A reference group session: its plan, agenda and venue, the invitations and replies with each member's needs for it, attendance, notes, actions and the members' feedback on it. */
package org.mspportal.referencegroup.domain.model.session;
