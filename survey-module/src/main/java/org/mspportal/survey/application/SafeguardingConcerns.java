package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.safeguarding.DisclosureCheck;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.team.Team;
import org.mspportal.core.team.Teams;
import org.mspportal.survey.domain.model.concern.ConcernAction;
import org.mspportal.survey.domain.model.concern.ConcernReason;
import org.mspportal.survey.domain.model.concern.SafeguardingConcern;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/**
 * Safeguarding concerns raised by feedback. Every saved answer is checked, so an unsent, half-finished
 * form is not missed: the feeling-safe answer at its two lowest levels, and words that read like a
 * disclosure of harm now ({@link DisclosureCheck}, the portal's one rule set). A concern alerts the
 * enquiry's team and the safeguarding leads at once (their home page, the enquiry, email); someone must
 * acknowledge it and say what they did; left unacknowledged past {@code msp.feedback.concern.escalate-after-minutes}
 * it is escalated to the leads. Every step is audited; no alert, email or log line carries the words.
 */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD})
public class SafeguardingConcerns {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    DisclosureCheck disclosures;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Teams teams;

    @Inject
    Event<ConcernRaised> raised;

    @Resource
    SessionContext session;

    @Inject
    ConcernSettings settings;

    /**
     * Checks one saved answer (in the caller's transaction) and raises a concern, or adds to the response's
     * open one. Most answers worry no one: they cost the check alone, no query.
     */
    @PermitAll
    public void check(FeedbackResponse response, FeedbackStep step, String choice, String detail, String answeredWith) {
        Optional<ConcernReason> reason = ConcernReason.in(step, choice, detail, disclosures);
        if (reason.isEmpty()) {
            return;
        }
        Optional<SafeguardingConcern> open = openFor(response);
        if (open.isPresent()) {
            if (open.get().add(reason.get(), step.key())) {
                audit.recordAs(actor(answeredWith), "ADDED_TO_SAFEGUARDING_CONCERN", response.getEnquiry().getCaseReference(),
                        reason.get().name(), null);
            }
            return;
        }
        SafeguardingConcern concern = new SafeguardingConcern(response, reason.get(), step.key(), clock.instant());
        em.persist(concern);
        em.flush();
        audit.recordAs(actor(answeredWith), "RAISED_SAFEGUARDING_CONCERN", response.getEnquiry().getCaseReference(),
                reason.get().name(), null);
        raised.fire(new ConcernRaised(concern.getId(), concern.getTeamId()));
    }

    /** Whether the response has a concern waiting to be acknowledged. */
    @PermitAll
    public boolean hasOpenConcern(FeedbackResponse response) {
        return openFor(response).isPresent();
    }

    /** Every concern waiting to be acknowledged, oldest first. */
    public List<ConcernSummary> open() {
        List<SafeguardingConcern> open = em.createNamedQuery("SafeguardingConcern.open", SafeguardingConcern.class).getResultList();
        audit.record("VIEWED_SAFEGUARDING_CONCERNS", null, open.size() + " open");
        return summaries(open);
    }

    /** One concern, by its number. */
    public ConcernSummary concern(long id) {
        SafeguardingConcern concern = find(id);
        audit.record("VIEWED_SAFEGUARDING_CONCERN", concern.getEnquiry().getCaseReference(), String.valueOf(id));
        return summaries(List.of(concern)).get(0);
    }

    /** The enquiry's concerns, newest first (the enquiry page is audited as a whole). */
    public List<ConcernSummary> ofEnquiry(String caseReference) {
        return summaries(em.createQuery("SELECT c FROM SafeguardingConcern c JOIN FETCH c.enquiry "
                        + "WHERE c.enquiry.caseReference = :reference ORDER BY c.raisedAt DESC", SafeguardingConcern.class)
                .setParameter("reference", caseReference).getResultList());
    }

    /** Someone has read the concern and acted; what they did is kept with it and audited. */
    public void acknowledge(long id, ConcernAction action, String note) {
        SafeguardingConcern concern = find(id);
        concern.acknowledge(action, note, session.getCallerPrincipal().getName(), clock.instant());
        audit.record("ACKNOWLEDGED_SAFEGUARDING_CONCERN", concern.getEnquiry().getCaseReference(),
                id + ": " + action.name());
    }

    /** How many concerns wait, and how many of those have waited too long: for the home page. */
    public Waiting waiting() {
        long open = em.createNamedQuery("SafeguardingConcern.countOpen", Long.class).getSingleResult();
        long overdue = open == 0 ? 0 : em.createNamedQuery("SafeguardingConcern.countOverdue", Long.class)
                .setParameter("before", clock.instant().minus(settings.escalateAfter())).getSingleResult();
        return new Waiting(open, overdue);
    }

    /** Concerns waiting, and those past the escalation limit. */
    public record Waiting(long open, long overdue) {
    }

    private SafeguardingConcern find(long id) {
        SafeguardingConcern concern = em.find(SafeguardingConcern.class, id);
        if (concern == null) {
            throw new Refusal("There is no safeguarding concern with that number.");
        }
        return concern;
    }

    private Optional<SafeguardingConcern> openFor(FeedbackResponse response) {
        return em.createNamedQuery("SafeguardingConcern.openFor", SafeguardingConcern.class)
                .setParameter("response", response).getResultStream().findFirst();
    }

    private List<ConcernSummary> summaries(List<SafeguardingConcern> concerns) {
        Map<Long, String> teamNames = teams.all().stream().collect(Collectors.toMap(Team::getId, Team::getName));
        Instant now = clock.instant();
        return concerns.stream().map(c -> new ConcernSummary(c.getId(), c.getEnquiry().getCaseReference(),
                teamNames.getOrDefault(c.getTeamId(), "Unknown team"), c.getRaisedAt(),
                c.reasonList().stream().map(ConcernReason::description).toList(), c.isOpen(),
                c.isOverdue(now, settings.escalateAfter()), c.getEscalatedAt() != null, c.getAcknowledgedBy(),
                c.getAcknowledgedAt(), c.getAction() == null ? null : c.getAction().label(), c.getActionNote())).toList();
    }

    /** Who gave the answer, for the audit: the staff member helping, or the respondent (who has no account). */
    private static String actor(String answeredWith) {
        return answeredWith == null ? "respondent" : answeredWith;
    }
}
