package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.enquiry.DesiredOutcome;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackReply;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;
import org.mspportal.survey.domain.model.feedback.RespondentSession;
import org.mspportal.survey.domain.model.feedback.WhoAnswered;
import org.mspportal.survey.domain.model.invitation.InvitationSecrets;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;

/**
 * A respondent's answers, page by page, through their session: every page is saved as it is left, so
 * the same link or code carries on later; sending is once only.
 */
@Stateless
@PermitAll
public class RespondentAnswers {

    /** The outcome of sending. */
    public enum Sending { SENT, ALREADY_SENT, INCOMPLETE, ENDED }

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    FeedbackSearchPublication searchPublication;

    @Inject
    SafeguardingConcerns concerns;

    @Inject
    @ConfigProperty(name = "msp.feedback.session.idle-minutes", defaultValue = "240")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "msp.feedback.session.max-hours", defaultValue = "24")
    long maxHours;

    /** Where the session stands, with the answers so far; a live session is marked as seen now. */
    public RespondentState resume(String sessionToken) {
        Optional<RespondentSession> found = session(sessionToken);
        if (found.isEmpty()) {
            return RespondentState.without(RespondentState.Standing.NONE);
        }
        RespondentSession session = found.get();
        FeedbackResponse response = session.getResponse();
        Instant now = clock.instant();
        if (response.isSubmitted()) {
            return RespondentState.without(RespondentState.Standing.SENT);
        }
        if (!usable(session, now)) {
            return RespondentState.without(RespondentState.Standing.ENDED);
        }
        session.seenAt(now);
        SortedMap<Integer, String> outcomes = new TreeMap<>();
        // One query for the outcomes and their versions, rather than one per outcome.
        em.createQuery("SELECT DISTINCT o FROM DesiredOutcome o LEFT JOIN FETCH o.versions WHERE o.enquiry = :enquiry",
                        DesiredOutcome.class)
                .setParameter("enquiry", response.getEnquiry()).getResultList()
                .forEach(o -> outcomes.put(o.getPosition(), o.current().getOwnWords()));
        Map<String, FeedbackJourney.Reply> replies = new HashMap<>();
        replies(response).forEach(r -> replies.put(r.getStepKey(), r.asReply()));
        return new RespondentState(RespondentState.Standing.LIVE, response.getQuestionnaire().getId(), outcomes,
                Map.copyOf(replies), session.getAssistedBy(), response.getInvitation().getExpiresAt(),
                concerns.hasOpenConcern(response));
    }

    /**
     * Saves one page's answer. Returns the reason it was not saved (a message key) if the answer cannot
     * be taken; throws if the session can no longer be used.
     */
    public Optional<String> save(String sessionToken, String stepKey, String choice, String detail) {
        RespondentSession session = liveSession(sessionToken);
        FeedbackResponse response = session.getResponse();
        FeedbackJourney journey = journeyOf(response);
        Optional<FeedbackStep> step = journey.step(stepKey);
        if (step.isEmpty()) {
            return Optional.of("error.choice.unknown");
        }
        String typed = detail == null || detail.isBlank() ? null : detail;
        Optional<String> problem = journey.problemWith(step.get(), blankToNull(choice), typed);
        if (problem.isPresent()) {
            return problem;
        }
        Instant now = clock.instant();
        replies(response).stream().filter(r -> r.getStepKey().equals(stepKey)).findFirst().ifPresentOrElse(
                r -> r.change(blankToNull(choice), typed, now),
                () -> em.persist(new FeedbackReply(response, stepKey, blankToNull(choice), typed, now)));
        // Checked as it is saved, not when sent: a form left half-finished can hold the words that matter most.
        concerns.check(response, step.get(), blankToNull(choice), typed, session.getAssistedBy());
        return Optional.empty();
    }

    /** Sends the answers. A second press (Back, then Send again, or another tab) never makes a second response. */
    public Sending submit(String sessionToken) {
        Optional<RespondentSession> found = session(sessionToken);
        if (found.isEmpty()) {
            return Sending.ENDED;
        }
        // Lock the response so that two tabs sending at once are put in a queue: the second sees it sent.
        FeedbackResponse response = em.find(FeedbackResponse.class, found.get().getResponse().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (response.isSubmitted()) {
            return Sending.ALREADY_SENT;
        }
        Instant now = clock.instant();
        if (!usable(found.get(), now)) {
            return Sending.ENDED;
        }
        Map<String, FeedbackJourney.Reply> replies = new HashMap<>();
        replies(response).forEach(r -> replies.put(r.getStepKey(), r.asReply()));
        FeedbackJourney journey = journeyOf(response);
        if (journey.firstMissingChoice(replies).isPresent()) {
            return Sending.INCOMPLETE;
        }
        String assistedBy = found.get().getAssistedBy();
        response.submit(WhoAnswered.valueOf(replies.get("who").choice()), assistedBy, now);
        em.createNamedQuery("RespondentSession.openForResponse", RespondentSession.class)
                .setParameter("response", response).getResultList().forEach(s -> s.end(now));
        if (assistedBy != null) {
            audit.recordAs(assistedBy, "COMPLETED_ASSISTED_FEEDBACK", response.getEnquiry().getCaseReference(),
                    replies.get("who").choice(), null);
        }
        publishForSearch(response, replies, now);
        return Sending.SENT;
    }

    /**
     * Ends the session now ("Save and come back later", leaving, the quick exit): whoever picks up the
     * device next cannot read the answers without the code. Saved answers are kept for the same code.
     * Returns until when the link and code can still be used, if the session was live.
     */
    public Optional<Instant> end(String sessionToken) {
        return session(sessionToken).map(session -> {
            session.end(clock.instant());
            return session.getResponse().getInvitation().getExpiresAt();
        });
    }

    private void publishForSearch(FeedbackResponse response, Map<String, FeedbackJourney.Reply> replies, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, UkTime.ZONE);
        replies.forEach((step, reply) -> searchPublication.publish(response, step, reply.choice(), reply.detail(), day));
    }

    private RespondentSession liveSession(String sessionToken) {
        RespondentSession session = session(sessionToken)
                .orElseThrow(() -> new Refusal("This session has ended."));
        Instant now = clock.instant();
        if (session.getResponse().isSubmitted() || !usable(session, now)) {
            throw new Refusal("This session has ended.");
        }
        session.seenAt(now);
        return session;
    }

    private boolean usable(RespondentSession session, Instant now) {
        return session.isLiveAt(now, Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours))
                && session.getResponse().getInvitation().statusAt(now) == InvitationStatus.OPEN;
    }

    private Optional<RespondentSession> session(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("RespondentSession.byTokenHash", RespondentSession.class)
                .setHint("jakarta.persistence.fetchgraph", em.getEntityGraph(RespondentSession.WITH_RESPONSE))
                .setParameter("hash", InvitationSecrets.hash(sessionToken)).getResultStream().findFirst();
    }

    private java.util.List<FeedbackReply> replies(FeedbackResponse response) {
        return em.createNamedQuery("FeedbackReply.forResponse", FeedbackReply.class)
                .setParameter("response", response.getId()).getResultList();
    }

    private static FeedbackJourney journeyOf(FeedbackResponse response) {
        return FeedbackJourney.forOutcomes(
                response.getEnquiry().getDesiredOutcomes().stream().map(o -> o.getPosition()).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
