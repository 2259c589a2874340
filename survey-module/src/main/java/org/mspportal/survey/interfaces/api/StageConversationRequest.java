package org.mspportal.survey.interfaces.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

@Schema(name = "StageConversation", description = "A conversation with the person at strategy planning, case "
        + "conference or review, and any change to their outcomes (kept as a new version with its reason).")
public record StageConversationRequest(
        @Schema(required = true, enumeration = {"STRATEGY_PLANNING", "CASE_CONFERENCE", "REVIEW"}) EnquiryStage stage,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true, description = "What matters to the person now.") String prioritiesNow,
        @Schema(description = "Only the outcomes whose wording changed.") List<OutcomeChangeRequest> outcomeChanges) {

    @Schema(name = "OutcomeChange")
    public record OutcomeChangeRequest(
            @Schema(required = true, description = "1, 2 or 3: which of the person's outcomes.") int position,
            @Schema(required = true, description = "The new wording, in the person's own words.") String ownWords,
            Long statementId,
            @Schema(required = true, description = "Why the outcome changed.") String reason) {
    }
}
