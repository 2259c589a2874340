package org.mspportal.survey.interfaces.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mspportal.survey.application.InvitationSummary;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;

@Schema(name = "Invitation", description = "A feedback invitation; COMPLETED means the person's feedback was sent.")
public record InvitationResponse(long id, String channel, InvitationStatus status, Instant issuedAt, Instant expiresAt,
                                 Instant completedAt) {

    static InvitationResponse of(InvitationSummary s) {
        return new InvitationResponse(s.id(), s.channel(), s.status(), s.issuedAt(), s.expiresAt(), s.completedAt());
    }
}
