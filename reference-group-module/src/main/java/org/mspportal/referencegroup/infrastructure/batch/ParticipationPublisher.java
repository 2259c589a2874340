package org.mspportal.referencegroup.infrastructure.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.group.MemberKind;
import org.mspportal.referencegroup.domain.model.participation.ParticipationCounting;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFacts;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFigure;
import org.mspportal.referencegroup.domain.model.participation.ParticipationReport;
import org.mspportal.referencegroup.domain.model.session.Answer;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;

/**
 * Reads the period's facts, counts them and replaces the period's figures, all in one transaction:
 * readers see the old figures or the new, never half. Running it again for a period replaces it, so a
 * restarted job counts nothing twice.
 */
@ApplicationScoped
public class ParticipationPublisher {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public int publish(ReportingPeriod period, long executionId) {
        Instant from = ZonedDateTime.of(period.firstDay().atStartOfDay(), UkTime.ZONE).toInstant();
        Instant to = ZonedDateTime.of(period.lastDay().plusDays(1).atStartOfDay(), UkTime.ZONE).toInstant();
        Instant now = clock.instant();
        Instant sessionsUntil = now.isBefore(to) ? now : to;
        List<ParticipationFacts.Invitation> invitations = em.createQuery(
                        "SELECT i.session.id, i.session.startsAt, i.member.id, i.member.kind, i.attended FROM SessionInvitation i"
                                + " WHERE i.session.startsAt >= :from AND i.session.startsAt < :until", Object[].class)
                .setParameter("from", from).setParameter("until", sessionsUntil).getResultList().stream()
                .map(r -> new ParticipationFacts.Invitation((Long) r[0], LocalDate.ofInstant((Instant) r[1], UkTime.ZONE),
                        (Long) r[2], ((MemberKind) r[3]).label(), (Boolean) r[4]))
                .toList();
        List<ParticipationFacts.Suggestion> suggestions = em.createQuery(
                        "SELECT s.topic.title, s.status, s.createdAt, s.firstAnsweredAt FROM Suggestion s"
                                + " WHERE s.createdAt >= :from AND s.createdAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new ParticipationFacts.Suggestion((String) r[0],
                        ((SuggestionStatus) r[1]).label(), (Instant) r[2], (Instant) r[3]))
                .toList();
        List<ParticipationFacts.Feedback> feedback = em.createQuery(
                        "SELECT f.listenedTo, f.venueRight FROM SessionFeedback f WHERE f.session.startsAt >= :from AND f.session.startsAt < :to",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new ParticipationFacts.Feedback(((Answer) r[0]).label(),
                        ((Answer) r[1]).label()))
                .toList();
        Map<ParticipationCounting.FigureKey, Long> figures = ParticipationCounting.count(invitations, suggestions, feedback, now);
        em.createNamedQuery("ParticipationFigure.deletePeriod").setParameter("period", period.key()).executeUpdate();
        figures.forEach((key, count) -> em.persist(new ParticipationFigure(period.key(), key.measure(), key.key(), count)));
        ParticipationReport report = em.find(ParticipationReport.class, period.key());
        if (report == null) {
            em.persist(new ParticipationReport(period.key(), now, executionId));
        } else {
            report.remake(now, executionId);
        }
        return figures.size();
    }
}
