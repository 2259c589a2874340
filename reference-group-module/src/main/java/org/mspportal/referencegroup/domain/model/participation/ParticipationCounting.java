package org.mspportal.referencegroup.domain.model.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mspportal.core.reporting.ReportingQuarter;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;

/**
 * The rules of the Board's reference group participation figures, in plain Java: sessions, invitations
 * and attendances by quarter; members who came at least once, by how they take part; suggestions by
 * topic and by what became of them; the share answered within 28 days (of those made at least 28 days
 * before the figures were made, or already answered); and the two feedback questions.
 */
public final class ParticipationCounting {

    /** The same 28 days as the facilitator's live figure. */
    static final Duration ANSWER_WITHIN = Suggestion.ANSWER_WITHIN;

    private ParticipationCounting() {
    }

    public static Map<FigureKey, Long> count(List<ParticipationFacts.Invitation> invitations,
                                             List<ParticipationFacts.Suggestion> suggestions,
                                             List<ParticipationFacts.Feedback> feedback, Instant madeAt) {
        Map<FigureKey, Long> figures = new HashMap<>();
        Set<Long> sessions = new HashSet<>();
        Map<Long, String> cameOnce = new HashMap<>();
        for (ParticipationFacts.Invitation i : invitations) {
            String quarter = ReportingQuarter.of(i.sessionDay()).toString();
            if (sessions.add(i.sessionId())) {
                add(figures, ParticipationMeasure.SESSIONS_HELD, quarter);
            }
            add(figures, ParticipationMeasure.INVITED, quarter);
            if (Boolean.TRUE.equals(i.attended())) {
                add(figures, ParticipationMeasure.ATTENDED, quarter);
                cameOnce.putIfAbsent(i.memberId(), i.memberKind());
            }
        }
        cameOnce.values().forEach(kind -> add(figures, ParticipationMeasure.MEMBERS_TAKING_PART, kind));
        for (ParticipationFacts.Suggestion s : suggestions) {
            add(figures, ParticipationMeasure.SUGGESTIONS, s.topicTitle());
            add(figures, ParticipationMeasure.SUGGESTION_STATUS, s.status());
            boolean due = s.firstAnsweredAt() != null || !s.madeAt().plus(ANSWER_WITHIN).isAfter(madeAt);
            if (due) {
                boolean inTime = s.firstAnsweredAt() != null && !s.firstAnsweredAt().isAfter(s.madeAt().plus(ANSWER_WITHIN));
                add(figures, ParticipationMeasure.ANSWERED_IN_TIME, inTime ? "Within 28 days" : "Later, or not yet");
            }
        }
        for (ParticipationFacts.Feedback f : feedback) {
            add(figures, ParticipationMeasure.FELT_LISTENED_TO, f.listenedTo());
            add(figures, ParticipationMeasure.VENUE_RIGHT, f.venueRight());
        }
        return figures;
    }

    private static void add(Map<FigureKey, Long> figures, ParticipationMeasure measure, String key) {
        figures.merge(new FigureKey(measure, key), 1L, Long::sum);
    }

    /** One cell: a measure and the key within it. */
    public record FigureKey(ParticipationMeasure measure, String key) {
    }
}
