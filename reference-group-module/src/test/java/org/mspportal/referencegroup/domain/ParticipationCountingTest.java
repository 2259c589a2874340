package org.mspportal.referencegroup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspportal.referencegroup.domain.model.participation.ParticipationCounting;
import org.mspportal.referencegroup.domain.model.participation.ParticipationCounting.FigureKey;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFacts.Feedback;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFacts.Invitation;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFacts.Suggestion;
import org.mspportal.referencegroup.domain.model.participation.ParticipationMeasure;

class ParticipationCountingTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void sessionsInvitationsAndAttendancesAreCountedByQuarterAndEachMemberWhoCameOnce() {
        Map<FigureKey, Long> figures = ParticipationCounting.count(List.of(
                new Invitation(1, LocalDate.of(2026, 10, 5), 10, "Carer", true),
                new Invitation(1, LocalDate.of(2026, 10, 5), 11, "Carer", false),
                new Invitation(2, LocalDate.of(2026, 11, 2), 10, "Carer", true),
                new Invitation(3, LocalDate.of(2026, 6, 1), 12, "Representative", null)), List.of(), List.of(), NOW);
        assertEquals(2L, figures.get(new FigureKey(ParticipationMeasure.SESSIONS_HELD, "2026-27 Q3")));
        assertEquals(1L, figures.get(new FigureKey(ParticipationMeasure.SESSIONS_HELD, "2026-27 Q1")));
        assertEquals(3L, figures.get(new FigureKey(ParticipationMeasure.INVITED, "2026-27 Q3")));
        assertEquals(2L, figures.get(new FigureKey(ParticipationMeasure.ATTENDED, "2026-27 Q3")));
        assertNull(figures.get(new FigureKey(ParticipationMeasure.ATTENDED, "2026-27 Q1")), "attendance not recorded is not counted as came");
        assertEquals(1L, figures.get(new FigureKey(ParticipationMeasure.MEMBERS_TAKING_PART, "Carer")), "one member, two sessions");
    }

    @Test
    void onlySuggestionsDueAnAnswerCountTowardsTheTwentyEightDayShare() {
        Instant old = NOW.minus(Duration.ofDays(60));
        Map<FigureKey, Long> figures = ParticipationCounting.count(List.of(), List.of(
                new Suggestion("Policy", "Accepted", old, old.plus(Duration.ofDays(10))),
                new Suggestion("Policy", "Being considered", old, old.plus(Duration.ofDays(40))),
                new Suggestion("Policy", "Received", old, null),
                new Suggestion("Letters", "Received", NOW.minus(Duration.ofDays(3)), null)), List.of(), NOW);
        assertEquals(3L, figures.get(new FigureKey(ParticipationMeasure.SUGGESTIONS, "Policy")));
        assertEquals(1L, figures.get(new FigureKey(ParticipationMeasure.ANSWERED_IN_TIME, "Within 28 days")));
        assertEquals(2L, figures.get(new FigureKey(ParticipationMeasure.ANSWERED_IN_TIME, "Later, or not yet")),
                "the suggestion made 3 days ago is not yet due");
        assertEquals(2L, figures.get(new FigureKey(ParticipationMeasure.SUGGESTION_STATUS, "Received")));
    }

    @Test
    void feedbackAnswersAreCountedPerQuestion() {
        Map<FigureKey, Long> figures = ParticipationCounting.count(List.of(), List.of(),
                List.of(new Feedback("Yes", "Partly"), new Feedback("Yes", "No")), NOW);
        assertEquals(2L, figures.get(new FigureKey(ParticipationMeasure.FELT_LISTENED_TO, "Yes")));
        assertEquals(1L, figures.get(new FigureKey(ParticipationMeasure.VENUE_RIGHT, "No")));
    }
}
