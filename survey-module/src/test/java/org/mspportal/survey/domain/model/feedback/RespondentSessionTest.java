package org.mspportal.survey.domain.model.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RespondentSessionTest {

    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration IDLE = Duration.ofHours(4);
    static final Duration LONGEST = Duration.ofHours(24);

    @Test
    void aPageLeftOpenForAnHourCanStillBeSaved() {
        RespondentSession session = new RespondentSession("hash", null, null, START);
        assertTrue(session.isLiveAt(START.plus(Duration.ofHours(1)), IDLE, LONGEST));
    }

    @Test
    void endsAfterTheIdleLimitButEachPageSeenRestartsTheClock() {
        RespondentSession session = new RespondentSession("hash", null, null, START);
        assertFalse(session.isLiveAt(START.plus(IDLE), IDLE, LONGEST));
        session.seenAt(START.plus(Duration.ofHours(3)));
        assertTrue(session.isLiveAt(START.plus(Duration.ofHours(6)), IDLE, LONGEST));
    }

    @Test
    void isMarkedAsSeenAtMostOnceAMinute() {
        RespondentSession session = new RespondentSession("hash", null, null, START);
        session.seenAt(START.plusSeconds(59));
        assertEquals(START, session.getLastSeenAt());
        session.seenAt(START.plusSeconds(60));
        assertEquals(START.plusSeconds(60), session.getLastSeenAt());
    }

    @Test
    void neverOutlivesTheLongestLifeOrItsEnd() {
        RespondentSession session = new RespondentSession("hash", null, null, START);
        session.seenAt(START.plus(Duration.ofHours(23)));
        assertFalse(session.isLiveAt(START.plus(LONGEST), IDLE, LONGEST));
        RespondentSession ended = new RespondentSession("hash", null, null, START);
        ended.end(START.plusSeconds(60));
        assertFalse(ended.isLiveAt(START.plusSeconds(61), IDLE, LONGEST));
    }
}
