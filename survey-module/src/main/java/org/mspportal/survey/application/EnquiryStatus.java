package org.mspportal.survey.application;

import java.time.LocalDate;
import java.util.List;

import org.mspportal.survey.domain.model.enquiry.DesiredOutcome;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;

/**
 * Where an enquiry has got to, in codes, for a case system: no words of the person's, which the case
 * system already holds and need not travel again.
 */
public record EnquiryStatus(String caseReference, String team, EnquiryStage stage, LocalDate concernReceivedOn,
                            LocalDate enquiryStartedOn, LocalDate concludedOn, List<Outcome> desiredOutcomes,
                            OutcomeAchievement sg4aAchieved) {

    /** A desired outcome: how many times it has been worded, and at closure whether it was achieved. */
    public record Outcome(int position, int versions, OutcomeAchievement achievement) {
    }

    static EnquiryStatus of(Enquiry e, String teamName) {
        return new EnquiryStatus(e.getCaseReference(), teamName, e.getStage(), e.getConcernReceivedOn(),
                e.getEnquiryStartedOn(), e.getConcludedOn(),
                e.getDesiredOutcomes().stream().map(EnquiryStatus::outcome).toList(), e.sg4aAchieved().orElse(null));
    }

    private static Outcome outcome(DesiredOutcome o) {
        return new Outcome(o.getPosition(), o.getVersions().size(), o.getAchievement());
    }
}
