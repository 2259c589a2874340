package org.mspportal.survey.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackReply;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/**
 * A person's feedback read from its enquiry, answer by answer, in their own words. Safeguarding leads may
 * read it; the practitioners only where the council allows it ({@link ConcernSettings}). Every reading is
 * audited.
 */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD})
public class FeedbackReading {

    /** One response: when, who answered, whether it was sent, and each answer. */
    public record ResponseView(long id, Instant startedAt, Instant sentAt, String answeredBy, String assistedBy,
                               List<Answer> answers) {
    }

    /** One page's answer: the question as the person read it (in English), their choice and their words. */
    public record Answer(String stepKey, String question, String choice, String words) {
    }

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Enquiries enquiries;

    @Inject
    ConcernSettings settings;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /**
     * Whether the signed-in person may read the feedback about this enquiry: a safeguarding lead, or, where
     * the council allows it, the practitioner who opened the enquiry.
     */
    public boolean mayRead(String caseReference) {
        if (session.isCallerInRole(PortalRole.Names.SAFEGUARDING_LEAD)) {
            return true;
        }
        return settings.practitionersReadFeedback() && enquiries.findByCaseReference(caseReference)
                .map(e -> session.getCallerPrincipal().getName().equals(e.getCreatedBy())).orElse(false);
    }

    /** The enquiry's responses, sent or not, newest first. */
    public List<ResponseView> responsesOf(String caseReference) {
        if (!mayRead(caseReference)) {
            throw new Refusal("Only safeguarding leads can read a person's feedback here.");
        }
        List<FeedbackResponse> responses = em.createQuery("SELECT r FROM FeedbackResponse r JOIN FETCH r.enquiry "
                        + "WHERE r.enquiry.caseReference = :reference ORDER BY r.startedAt DESC", FeedbackResponse.class)
                .setParameter("reference", caseReference).getResultList();
        audit.record("READ_FEEDBACK_RESPONSE", caseReference, responses.size() + " response(s)");
        return responses.stream().map(this::view).toList();
    }

    private ResponseView view(FeedbackResponse response) {
        Map<String, FeedbackReply> replies = new HashMap<>();
        em.createNamedQuery("FeedbackReply.forResponse", FeedbackReply.class).setParameter("response", response.getId())
                .getResultList().forEach(r -> replies.put(r.getStepKey(), r));
        FeedbackJourney journey = FeedbackJourney.forOutcomes(
                response.getEnquiry().getDesiredOutcomes().stream().map(o -> o.getPosition()).toList());
        List<Answer> answers = journey.steps().stream().filter(step -> replies.containsKey(step.key())).map(step -> {
            FeedbackReply reply = replies.get(step.key());
            return new Answer(step.key(), question(response, step), choice(reply.getChoice()), reply.getDetail());
        }).toList();
        return new ResponseView(response.getId(), response.getStartedAt(), response.getSubmittedAt(),
                response.getAnsweredBy() == null ? null : MspLabels.label(response.getAnsweredBy().name()),
                response.getAssistedBy(), answers);
    }

    private String question(FeedbackResponse response, FeedbackStep step) {
        String words = questionnaires.wording(response.getQuestionnaire().getId(), step.wordingKey(), "en", false);
        if (step.kind() == FeedbackStep.Kind.OUTCOME) {
            String outcome = response.getEnquiry().getDesiredOutcomes().stream()
                    .filter(o -> o.getPosition() == step.outcomePosition()).findFirst()
                    .map(o -> o.current().getOwnWords()).orElse("");
            return words.replace("{0}", outcome);
        }
        return words;
    }

    private static String choice(String code) {
        if (code == null) {
            return null;
        }
        for (FeelingSafe level : FeelingSafe.values()) {
            if (level.name().equals(code)) {
                return level.label();
            }
        }
        return code.equals(FeedbackStep.RATHER_NOT_SAY) ? "I'd rather not say" : MspLabels.label(code);
    }
}
