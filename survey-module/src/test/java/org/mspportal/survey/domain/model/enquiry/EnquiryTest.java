package org.mspportal.survey.domain.model.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;

class EnquiryTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    static final LocalDate RECEIVED = LocalDate.of(2026, 4, 20);
    static final LocalDate STARTED = LocalDate.of(2026, 4, 22);
    static final SacProfile PROFILE = new SacProfile(AgeBand.AGED_75_TO_84, Gender.FEMALE, Ethnicity.WHITE,
            PrimarySupportReason.MEMORY_AND_COGNITION);

    static Enquiry enquiry() {
        return new Enquiry("sg-2026-00042", 1L, RECEIVED, STARTED, PROFILE,
                Set.of(TypeOfRisk.FINANCIAL_OR_MATERIAL, TypeOfRisk.PSYCHOLOGICAL), "pat", NOW);
    }

    static Enquiry withOutcomesExpressed() {
        Enquiry enquiry = enquiry();
        enquiry.recordFirstContact(MspAsked.ASKED_OUTCOMES_EXPRESSED, "I don't want my son in trouble",
                "My daughter", true, "Independent advocate", FeelingSafe.LESS_THAN_ADEQUATELY_SAFE);
        return enquiry;
    }

    @Test
    void caseReferenceIsTheCouncilsNeverAName() {
        assertEquals("SG-2026-00042", enquiry().getCaseReference());
        Refusal name = assertThrows(Refusal.class,
                () -> new Enquiry("Mary Smith", 1L, RECEIVED, STARTED, PROFILE, Set.of(TypeOfRisk.PHYSICAL), "pat", NOW));
        assertThat(name.getMessage()).contains("never the person's name");
        assertThrows(Refusal.class,
                () -> new Enquiry("MARYSMITH", 1L, RECEIVED, STARTED, PROFILE, Set.of(TypeOfRisk.PHYSICAL), "pat", NOW));
    }

    @Test
    void datesMustRunInOrderAndAtLeastOneTypeOfRiskIsNeeded() {
        assertThrows(Refusal.class, () -> new Enquiry("SG-1", 1L, STARTED, RECEIVED, PROFILE,
                Set.of(TypeOfRisk.PHYSICAL), "pat", NOW));
        assertThrows(Refusal.class, () -> new Enquiry("SG-1", 1L, RECEIVED, STARTED, PROFILE,
                Set.of(), "pat", NOW));
    }

    @Test
    void atMostThreeOutcomesInThePersonsOwnWords() {
        Enquiry enquiry = withOutcomesExpressed();
        enquiry.addDesiredOutcome("I want the calls to stop", null, "pat", NOW);
        enquiry.addDesiredOutcome("I want to stay in my own home", null, "pat", NOW);
        enquiry.addDesiredOutcome("I want my money back", null, "pat", NOW);
        Refusal fourth = assertThrows(Refusal.class,
                () -> enquiry.addDesiredOutcome("Another", null, "pat", NOW));
        assertThat(fourth.getMessage()).contains("top 3");
        assertThrows(Refusal.class, () -> withOutcomesExpressed().addDesiredOutcome("  ", null, "pat", NOW));
    }

    @Test
    void outcomesNeedThePersonToHaveBeenAskedAndToHaveExpressedThem() {
        Enquiry enquiry = enquiry();
        enquiry.recordFirstContact(MspAsked.ASKED_NO_OUTCOMES_EXPRESSED, null, null, false, null, null);
        assertThrows(Refusal.class, () -> enquiry.addDesiredOutcome("x", null, "pat", NOW));
    }

    @Test
    void aChangedOutcomeIsANewVersionWithItsReasonAndTheOldWordsStay() {
        Enquiry enquiry = withOutcomesExpressed();
        enquiry.addDesiredOutcome("I want the calls to stop", null, "pat", NOW);
        enquiry.recordConversation(EnquiryStage.CASE_CONFERENCE, LocalDate.of(2026, 5, 10),
                "Feeling safer since the bank stopped the payments", "pat", NOW.plusSeconds(60));
        assertThrows(Refusal.class,
                () -> enquiry.reviseDesiredOutcome(1, "I want to manage my own money again", null, " ", "pat", NOW));
        enquiry.reviseDesiredOutcome(1, "I want to manage my own money again", null, "The calls have stopped",
                "pat", NOW.plusSeconds(120));

        DesiredOutcome outcome = enquiry.getDesiredOutcomes().get(0);
        assertEquals(2, outcome.getVersions().size());
        assertEquals("I want the calls to stop", outcome.getVersions().get(0).getOwnWords());
        assertEquals(EnquiryStage.CONCERN, outcome.getVersions().get(0).getStage());
        assertEquals("I want to manage my own money again", outcome.current().getOwnWords());
        assertEquals(EnquiryStage.CASE_CONFERENCE, outcome.current().getStage());
        assertEquals("The calls have stopped", outcome.current().getReasonForChange());
    }

    @Test
    void conversationsMoveTheEnquiryForwardButNeverBack() {
        Enquiry enquiry = withOutcomesExpressed();
        enquiry.recordConversation(EnquiryStage.REVIEW, STARTED.plusDays(20), "Review", "pat", NOW);
        enquiry.recordConversation(EnquiryStage.STRATEGY_PLANNING, STARTED.plusDays(1), "Late note", "pat", NOW);
        assertEquals(EnquiryStage.REVIEW, enquiry.getStage());
        assertEquals(2, enquiry.getConversations().size());
        assertThrows(Refusal.class,
                () -> enquiry.recordConversation(EnquiryStage.CLOSURE, STARTED, "x", "pat", NOW));
    }

    @Test
    void concludingNeedsEveryOutcomeAssessedAndThenDerivesSg4a() {
        Enquiry enquiry = withOutcomesExpressed();
        enquiry.addDesiredOutcome("I want the calls to stop", null, "pat", NOW);
        enquiry.addDesiredOutcome("I want to stay in my own home", null, "pat", NOW);
        LocalDate concluded = LocalDate.of(2026, 6, 30);
        assertThrows(Refusal.class, () -> enquiry.conclude(concluded,
                RiskAssessmentAndAction.RISK_IDENTIFIED_ACTION_TAKEN, RiskOutcome.REDUCED, LocationOfRisk.OWN_HOME,
                SourceOfRisk.UNKNOWN_TO_INDIVIDUAL, FeelingSafe.ADEQUATELY_SAFE));
        assertEquals(Optional.empty(), enquiry.sg4aAchieved());

        enquiry.assessOutcome(1, OutcomeAchievement.FULLY, "The bank blocked the caller", null, NOW);
        enquiry.assessOutcome(2, OutcomeAchievement.PARTIALLY, "Moved in with daughter for now", "Sooner visit", NOW);
        enquiry.conclude(concluded, RiskAssessmentAndAction.RISK_IDENTIFIED_ACTION_TAKEN, RiskOutcome.REDUCED,
                LocationOfRisk.OWN_HOME, SourceOfRisk.UNKNOWN_TO_INDIVIDUAL, FeelingSafe.ADEQUATELY_SAFE);

        assertEquals(EnquiryStage.CLOSURE, enquiry.getStage());
        assertEquals(Optional.of(OutcomeAchievement.PARTIALLY), enquiry.sg4aAchieved());
        assertThrows(Refusal.class, () -> enquiry.addDesiredOutcome("x", null, "pat", NOW),
                "a concluded enquiry cannot change");
    }

    @Test
    void riskOutcomeIsNeededWhereRiskWasIdentifiedOrInconclusive() {
        Enquiry enquiry = withOutcomesExpressed();
        assertThrows(Refusal.class, () -> enquiry.conclude(STARTED.plusDays(30),
                RiskAssessmentAndAction.INCONCLUSIVE_ACTION_TAKEN, null, LocationOfRisk.OWN_HOME,
                SourceOfRisk.SERVICE_PROVIDER, null));
        enquiry.conclude(STARTED.plusDays(30), RiskAssessmentAndAction.NO_RISK_NO_ACTION, null,
                LocationOfRisk.OWN_HOME, SourceOfRisk.SERVICE_PROVIDER, null);
        assertTrue(enquiry.isConcluded());
    }

    @Test
    void aRepresentativeNeedsARole() {
        assertThrows(Refusal.class, () -> enquiry().recordFirstContact(
                MspAsked.ASKED_OUTCOMES_EXPRESSED, null, null, true, " ", null));
    }

    @Test
    void capacitySupportCountsOnlyForThoseWhoLackedCapacity() {
        Enquiry enquiry = enquiry();
        enquiry.recordMentalCapacity(MentalCapacity.DID_NOT_LACK_CAPACITY, true);
        assertEquals(null, enquiry.getSupportedByAdvocateFamilyOrFriend());
        enquiry.recordMentalCapacity(MentalCapacity.LACKED_CAPACITY, true);
        assertEquals(Boolean.TRUE, enquiry.getSupportedByAdvocateFamilyOrFriend());
    }
}
