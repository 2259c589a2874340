package org.mspportal.survey.interfaces.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mspportal.survey.application.IssuedInvitation;

@Schema(name = "IssuedInvitation", description = "The invitation's link and phone code. They are returned this once "
        + "and never again: the portal keeps only their hashes. Issuing a new invitation revokes any earlier one.")
public record IssuedInvitationResponse(long id, String link, String code, Instant expiresAt) {

    static IssuedInvitationResponse of(IssuedInvitation issued) {
        return new IssuedInvitationResponse(issued.id(), issued.link(), issued.shortCode(), issued.expiresAt());
    }
}
