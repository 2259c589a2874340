package org.mspportal.survey.interfaces.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewInvitation", description = "A feedback invitation. LETTER returns the link and code for the case "
        + "system to print; EMAIL sends them to the address, which is used once and not stored.")
public record InvitationRequest(
        @Schema(required = true) Channel channel,
        @Schema(description = "Required for EMAIL.", example = "person@example.org") String email,
        @Schema(description = "Why the person is invited again after giving their feedback: required then, and only "
                + "a safeguarding lead may do it.") String reason) {

    public enum Channel { LETTER, EMAIL }
}
