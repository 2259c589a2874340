package org.mspportal.survey.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mspportal.core.team.Team;
import org.mspportal.survey.domain.model.enquiry.DesiredOutcome;
import org.mspportal.survey.domain.model.enquiry.DesiredOutcomeVersion;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.SacCategory;
import org.mspportal.survey.domain.model.enquiry.StageConversation;

/** An enquiry as the practitioner's page shows it: every label in plain words, the whole journey kept. */
public record EnquiryDetail(String caseReference, String teamName, String stage, LocalDate concernReceivedOn,
                            LocalDate enquiryStartedOn, LocalDate concludedOn, String ageBand, String gender,
                            String ethnicity, String primarySupportReason, List<String> typesOfRisk, String asked,
                            String notWanted, String peopleInvolved, String representative, String feelingSafeBefore,
                            String feelingSafeAfter, List<Outcome> outcomes, List<Conversation> conversations,
                            String sg4aAchieved, String riskAssessment, String riskOutcome, String locationOfRisk,
                            String sourceOfRisk, String mentalCapacity) {

    public boolean isOpen() {
        return concludedOn == null;
    }

    /** A desired outcome with all its versions, oldest first. */
    public record Outcome(int position, List<Version> versions, String achievement, String achievementReason,
                          String couldHaveDoneBetter) {

        public Version current() {
            return versions.get(versions.size() - 1);
        }
    }

    public record Version(int number, String ownWords, String statement, String stage, String reasonForChange,
                          String recordedBy, Instant recordedAt) {
    }

    public record Conversation(String stage, LocalDate heldOn, String prioritiesNow, String recordedBy) {
    }

    static EnquiryDetail of(Enquiry e, Team team) {
        return new EnquiryDetail(e.getCaseReference(), team == null ? "Unknown team" : team.getName(),
                e.getStage().label(), e.getConcernReceivedOn(), e.getEnquiryStartedOn(), e.getConcludedOn(),
                label(e.getProfile().getAgeBand()), label(e.getProfile().getGender()),
                label(e.getProfile().getEthnicity()), label(e.getProfile().getPrimarySupportReason()),
                e.getTypesOfRisk().stream().sorted().map(SacCategory::label).toList(),
                label(e.getMspAsked()), e.getNotWanted(), e.getPeopleInvolved(),
                Boolean.TRUE.equals(e.getRepresentativeNeeded()) ? e.getRepresentativeRole() : null,
                e.getFeelingSafeBefore() == null ? null : e.getFeelingSafeBefore().label(),
                e.getFeelingSafeAfter() == null ? null : e.getFeelingSafeAfter().label(),
                e.getDesiredOutcomes().stream().map(EnquiryDetail::outcome).toList(),
                e.getConversations().stream().map(EnquiryDetail::conversation).toList(),
                e.sg4aAchieved().map(OutcomeAchievement::label).orElse(null),
                label(e.getRiskAssessmentAndAction()), label(e.getRiskOutcome()), label(e.getLocationOfRisk()),
                label(e.getSourceOfRisk()), label(e.getMentalCapacity()));
    }

    private static Outcome outcome(DesiredOutcome o) {
        return new Outcome(o.getPosition(), o.getVersions().stream().map(EnquiryDetail::version).toList(),
                label(o.getAchievement()), o.getAchievementReason(), o.getCouldHaveDoneBetter());
    }

    private static Version version(DesiredOutcomeVersion v) {
        return new Version(v.getNumber(), v.getOwnWords(), v.getStatement() == null ? null : v.getStatement().getWording(),
                v.getStage().label(), v.getReasonForChange(), v.getRecordedBy(), v.getRecordedAt());
    }

    private static Conversation conversation(StageConversation c) {
        return new Conversation(c.getStage().label(), c.getHeldOn(), c.getPrioritiesNow(), c.getRecordedBy());
    }

    private static String label(SacCategory category) {
        return category == null ? null : category.label();
    }
}
