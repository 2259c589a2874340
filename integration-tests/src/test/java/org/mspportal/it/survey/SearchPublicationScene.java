package org.mspportal.it.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.survey.application.RespondentAccess;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.SacProfile;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;

/** Sets the scene for {@link SearchPublicationIT} in the survey module's own persistence unit, as a practitioner would. */
@Stateless
@PermitAll
public class SearchPublicationScene {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    RespondentAccess access;

    /**
     * A respondent who has just opened their invitation: a new enquiry (its reference starts with the prefix)
     * and invitation, and the respondent session's secret.
     */
    public Respondent respondent(String referencePrefix) {
        String reference = referencePrefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String token = UUID.randomUUID().toString().replace("-", "") + "link";
        enquiryWithInvitation(reference, token);
        return new Respondent(reference, access.openWithLink(token, "127.0.0.1").sessionToken());
    }

    /** A case reference and the respondent session opened for it. */
    public record Respondent(String caseReference, String session) {
    }

    public void enquiryWithInvitation(String reference, String linkToken) {
        Instant now = Instant.now();
        Enquiry enquiry = new Enquiry(reference, 1L, LocalDate.now().minusDays(40), LocalDate.now().minusDays(39),
                new SacProfile(AgeBand.AGED_75_TO_84, Gender.FEMALE, Ethnicity.WHITE, PrimarySupportReason.MEMORY_AND_COGNITION),
                Set.of(TypeOfRisk.FINANCIAL_OR_MATERIAL), "it", now);
        enquiry.recordFirstContact(MspAsked.ASKED_OUTCOMES_EXPRESSED, null, null, false, null, FeelingSafe.ADEQUATELY_SAFE);
        enquiry.addDesiredOutcome("I want my money back", null, "it", now);
        em.persist(enquiry);
        em.persist(new FeedbackInvitation(enquiry, linkToken, linkToken + "-code", FeedbackInvitation.Channel.LETTER, "it", now,
                now.plusSeconds(86400)));
    }
}
