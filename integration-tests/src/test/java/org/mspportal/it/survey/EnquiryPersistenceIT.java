package org.mspportal.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.rule.Refusal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SacProfile;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

/** Enquiries, their versioned desired outcomes and stage conversations, in the real database. */
@ExtendWith(ArquillianExtension.class)
class EnquiryPersistenceIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(EnquiryPersistenceIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Inject
    UserTransaction tx;

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private String newReference() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Enquiry newEnquiry(String reference) {
        return new Enquiry(reference, 1L, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 22),
                new SacProfile(AgeBand.AGED_85_TO_94, Gender.MALE, Ethnicity.ASIAN, PrimarySupportReason.PHYSICAL),
                Set.of(TypeOfRisk.NEGLECT_AND_ACTS_OF_OMISSION, TypeOfRisk.ORGANISATIONAL), "it", NOW);
    }

    @Test
    void theWholeJourneyIsStoredAndNothingThePersonSaidIsLost() throws Exception {
        String reference = newReference();
        tx.begin();
        Enquiry enquiry = enquiries.add(newEnquiry(reference));
        enquiry.recordFirstContact(MspAsked.ASKED_OUTCOMES_EXPRESSED, "Don't move me", "My neighbour", false, null,
                FeelingSafe.NOT_AT_ALL_SAFE);
        enquiry.addDesiredOutcome("I want the carers to come on time", null, "it", NOW);
        tx.commit();

        tx.begin();
        Enquiry again = enquiries.findByCaseReference(reference.toLowerCase()).orElseThrow();
        again.recordConversation(EnquiryStage.STRATEGY_PLANNING, LocalDate.of(2026, 4, 25), "Visits are the worry",
                "it", NOW.plusSeconds(3600));
        again.reviseDesiredOutcome(1, "I want the same carers each week", null, "Times improved; continuity now",
                "it", NOW.plusSeconds(3600));
        again.assessOutcome(1, OutcomeAchievement.PARTIALLY, "Same carers most weeks", "Tell me who is coming",
                NOW.plusSeconds(7200));
        again.conclude(LocalDate.of(2026, 6, 1), RiskAssessmentAndAction.RISK_IDENTIFIED_ACTION_TAKEN,
                RiskOutcome.REDUCED, LocationOfRisk.OWN_HOME, SourceOfRisk.SERVICE_PROVIDER, FeelingSafe.ADEQUATELY_SAFE);
        tx.commit();

        tx.begin();
        Enquiry stored = enquiries.findByCaseReference(reference).orElseThrow();
        assertEquals(Set.of(TypeOfRisk.NEGLECT_AND_ACTS_OF_OMISSION, TypeOfRisk.ORGANISATIONAL), stored.getTypesOfRisk());
        assertEquals(EnquiryStage.CLOSURE, stored.getStage());
        assertEquals(2, stored.getDesiredOutcomes().get(0).getVersions().size());
        assertEquals("I want the carers to come on time",
                stored.getDesiredOutcomes().get(0).getVersions().get(0).getOwnWords());
        assertEquals(1, stored.getConversations().size());
        assertEquals(Optional.of(OutcomeAchievement.PARTIALLY), stored.sg4aAchieved());
        assertEquals(FeelingSafe.NOT_AT_ALL_SAFE, stored.getFeelingSafeBefore());
        assertEquals(FeelingSafe.ADEQUATELY_SAFE, stored.getFeelingSafeAfter());
        tx.commit();
    }

    @Test
    void aCaseReferenceIsRecordedOnlyOnce() throws Exception {
        String reference = newReference();
        tx.begin();
        enquiries.add(newEnquiry(reference));
        tx.commit();
        tx.begin();
        try {
            assertThrows(Refusal.class, () -> enquiries.add(newEnquiry(reference)));
        } finally {
            tx.rollback();
        }
    }
}
