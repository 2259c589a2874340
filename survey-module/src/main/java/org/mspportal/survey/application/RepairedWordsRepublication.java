package org.mspportal.survey.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.startup.PortalPrepared;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.feedback.FeedbackReply;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;

/**
 * After the survey's migration 9 has repaired double-encoded words, each sent response whose words were
 * repaired is handed to the search module again: a publication replaces the garbled entry in the index.
 * Responses not yet sent need nothing: they are published with the repaired words when sent.
 */
@ApplicationScoped
public class RepairedWordsRepublication {

    private static final Logger LOG = Logger.getLogger(RepairedWordsRepublication.class.getName());

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    FeedbackSearchPublication searchPublication;

    @Inject
    Clock clock;

    @Transactional
    void republish(@Observes PortalPrepared prepared) {
        @SuppressWarnings("unchecked")
        List<Number> waiting = em.createNativeQuery(
                "SELECT DISTINCT response_id FROM survey_text_repair WHERE republished_at IS NULL").getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        int sent = 0;
        for (Number id : waiting) {
            FeedbackResponse response = em.find(FeedbackResponse.class, id.longValue());
            if (response != null && response.isSubmitted()) {
                LocalDate day = LocalDate.ofInstant(response.getSubmittedAt(), UkTime.ZONE);
                em.createNamedQuery("FeedbackReply.forResponse", FeedbackReply.class).setParameter("response", response.getId())
                        .getResultList().forEach(reply -> searchPublication.publish(response, reply.getStepKey(),
                                reply.asReply().choice(), reply.asReply().detail(), day));
                sent++;
            }
        }
        em.createNativeQuery("UPDATE survey_text_repair SET republished_at = ?1 WHERE republished_at IS NULL")
                .setParameter(1, clock.instant()).executeUpdate();
        int republished = sent;
        LOG.info(() -> "Repaired words of " + republished + " sent feedback responses handed to the search module again");
    }
}
