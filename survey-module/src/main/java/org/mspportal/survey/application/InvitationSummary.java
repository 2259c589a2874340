package org.mspportal.survey.application;

import java.time.Instant;

import org.mspportal.survey.domain.model.invitation.InvitationStatus;

/** An invitation as the enquiry page lists it: never its secrets. */
public record InvitationSummary(long id, String channel, String issuedBy, Instant issuedAt, Instant expiresAt,
                                InvitationStatus status, Instant completedAt) {

    public boolean isOpen() {
        return status == InvitationStatus.OPEN;
    }
}
