package org.mspportal.survey.interfaces.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;

@Schema(name = "Conclusion", description = "Closing the enquiry: whether each of the person's outcomes was achieved, "
        + "and the SG2 and SG3 facts. The enquiry's SG4a value is derived from the assessments.")
public record ConclusionRequest(
        @Schema(required = true) LocalDate concludedOn,
        @Schema(required = true, description = "One for each of the person's outcomes.") List<AssessmentRequest> assessments,
        @Schema(required = true) RiskAssessmentAndAction riskAssessment,
        @Schema(description = "Required when risk was identified and action taken.") RiskOutcome riskOutcome,
        @Schema(required = true) LocationOfRisk locationOfRisk,
        @Schema(required = true) SourceOfRisk sourceOfRisk,
        MentalCapacity mentalCapacity,
        Boolean supportedByAdvocateFamilyOrFriend,
        @Schema(description = "How safe the person feels now, on the Adult Social Care Survey Q7a scale.")
        FeelingSafe feelingSafeNow) {

    @Schema(name = "Assessment")
    public record AssessmentRequest(
            @Schema(required = true) int position,
            @Schema(required = true) OutcomeAchievement achievement,
            String reason,
            @Schema(description = "How we could have done better.") String couldHaveDoneBetter) {
    }
}
