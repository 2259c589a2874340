package org.mspportal.survey.interfaces.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

@Schema(name = "NewEnquiry", description = "An enquiry as the case system opens it, with the first conversation "
        + "about what the person wants. Never put the person's name in any field.")
public record NewEnquiryRequest(
        @Schema(required = true, description = "The council's own case reference: letters, digits and - / . only; never a name.",
                example = "SG-2026-00123") String caseReference,
        @Schema(required = true, description = "The team's name as the portal lists it.", example = "North locality team")
        String team,
        @Schema(required = true) LocalDate concernReceivedOn,
        @Schema(required = true) LocalDate enquiryStartedOn,
        @Schema(required = true) AgeBand ageBand,
        @Schema(required = true) Gender gender,
        @Schema(required = true) Ethnicity ethnicity,
        @Schema(required = true) PrimarySupportReason primarySupportReason,
        @Schema(required = true, description = "One or more.") Set<TypeOfRisk> typesOfRisk,
        @Schema(description = "Whether the person (or representative) was asked what outcomes they wanted (SG4a).")
        MspAsked asked,
        @Schema(maxLength = 2000) String notWanted,
        @Schema(maxLength = 2000) String peopleInvolved,
        Boolean representativeNeeded,
        @Schema(maxLength = 2000) String representativeRole,
        @Schema(description = "How safe the person feels now, on the Adult Social Care Survey Q7a scale.")
        FeelingSafe feelingSafe,
        @Schema(description = "Up to three, in the person's own words.", maxItems = 3)
        List<DesiredOutcomeRequest> desiredOutcomes) {

    @Schema(name = "NewDesiredOutcome")
    public record DesiredOutcomeRequest(
            @Schema(required = true, maxLength = 1000, description = "In the person's own words.") String ownWords,
            @Schema(description = "An outcome statement from the portal's catalogue, if one fits.") Long statementId) {
    }
}
