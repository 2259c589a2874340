package org.mspportal.survey.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class GuessLimitTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    final GuessLimit limit = new GuessLimit(3, Duration.ofMinutes(15));

    @Test
    void blocksAnAddressAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
        limit.recordFailure("10.0.0.1", T0);
        limit.recordFailure("10.0.0.1", T0.plusSeconds(60));
        assertTrue(limit.blockedUntil("10.0.0.1", T0.plusSeconds(61)).isEmpty());
        limit.recordFailure("10.0.0.1", T0.plusSeconds(120));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), limit.blockedUntil("10.0.0.1", T0.plusSeconds(121)));
        assertTrue(limit.blockedUntil("10.0.0.1", T0.plus(Duration.ofMinutes(15))).isEmpty());
    }

    @Test
    void otherAddressesAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            limit.recordFailure("10.0.0.1", T0);
        }
        assertTrue(limit.blockedUntil("10.0.0.1", T0).isPresent());
        assertTrue(limit.blockedUntil("10.0.0.2", T0).isEmpty());
    }

    @Test
    void needsAtLeastOneTryAndSomeTime() {
        assertThrows(IllegalArgumentException.class, () -> new GuessLimit(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new GuessLimit(1, Duration.ZERO));
    }

    @Test
    void forgetsQuietAddressesWhenTrackingTooMany() {
        GuessLimit wide = new GuessLimit(1, Duration.ofSeconds(10));
        for (int i = 0; i < GuessLimit.MAX_TRACKED_ADDRESSES; i++) {
            wide.recordFailure("a" + i, T0);
        }
        wide.recordFailure("late", T0.plusSeconds(11));
        assertTrue(wide.blockedUntil("a1", T0.plusSeconds(11)).isEmpty());
        assertTrue(wide.blockedUntil("late", T0.plusSeconds(11)).isPresent());
    }
}
