package org.mspportal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mspportal.core.security.LoginAssessment.Outcome;

class LoginAttemptsTest {

    static final LoginThrottlePolicy POLICY =
            new LoginThrottlePolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(60), 8, Duration.ofMinutes(30));
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void firstFailuresCostNoWait() {
        LoginAttempts attempts = new LoginAttempts("Pat");
        assertEquals(Outcome.ALLOWED, attempts.recordFailure(T0, POLICY).outcome());
        assertEquals(Outcome.ALLOWED, attempts.recordFailure(T0, POLICY).outcome());
        assertEquals("pat", attempts.getUsername());
    }

    @Test
    void failuresBeyondTheFreeOnesImposeAWaitThatDoubles() {
        LoginAttempts attempts = new LoginAttempts("pat");
        attempts.recordFailure(T0, POLICY);
        attempts.recordFailure(T0, POLICY);
        LoginAssessment third = attempts.recordFailure(T0, POLICY);
        assertEquals(Outcome.WAIT, third.outcome());
        assertEquals(T0.plusSeconds(5), third.until());
        assertEquals(Outcome.WAIT, attempts.assess(T0.plusSeconds(4), POLICY).outcome());
        assertEquals(Outcome.ALLOWED, attempts.assess(T0.plusSeconds(5), POLICY).outcome());

        LoginAssessment fourth = attempts.recordFailure(T0.plusSeconds(5), POLICY);
        assertEquals(T0.plusSeconds(15), fourth.until());
    }

    @Test
    void waitNeverExceedsTheMaximum() {
        assertEquals(Duration.ZERO, POLICY.waitAfter(2));
        assertEquals(Duration.ofSeconds(5), POLICY.waitAfter(3));
        assertEquals(Duration.ofSeconds(40), POLICY.waitAfter(6));
        assertEquals(Duration.ofSeconds(60), POLICY.waitAfter(7));
        assertEquals(Duration.ofSeconds(60), POLICY.waitAfter(500));
    }

    @Test
    void reachingTheLimitLocksForTheLockDurationEvenForTheRightPassword() {
        LoginAttempts attempts = new LoginAttempts("pat");
        Instant t = T0;
        LoginAssessment last = null;
        for (int i = 0; i < 8; i++) {
            last = attempts.recordFailure(t, POLICY);
            t = t.plus(Duration.ofMinutes(2));
        }
        assertEquals(Outcome.LOCKED, last.outcome());
        Instant lockedAt = t.minus(Duration.ofMinutes(2));
        assertEquals(lockedAt.plus(Duration.ofMinutes(30)), last.until());
        assertTrue(attempts.isLocked(lockedAt.plus(Duration.ofMinutes(29))));
        assertEquals(Outcome.LOCKED, attempts.assess(lockedAt.plus(Duration.ofMinutes(29)), POLICY).outcome());
        assertEquals(Outcome.ALLOWED, attempts.assess(lockedAt.plus(Duration.ofMinutes(30)), POLICY).outcome());
    }

    @Test
    void aFailureAfterTheLockExpiredStartsCountingAgain() {
        LoginAttempts attempts = new LoginAttempts("pat");
        for (int i = 0; i < 8; i++) {
            attempts.recordFailure(T0, POLICY);
        }
        LoginAssessment afterExpiry = attempts.recordFailure(T0.plus(Duration.ofHours(1)), POLICY);
        assertEquals(Outcome.ALLOWED, afterExpiry.outcome());
        assertEquals(1, attempts.getFailures());
    }
}
