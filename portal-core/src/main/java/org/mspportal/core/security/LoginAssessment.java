package org.mspportal.core.security;

import java.time.Instant;

/**
 * Whether a sign-in attempt may go ahead now.
 *
 * @param outcome what to do
 * @param until   when waiting or the lock ends ({@code null} when allowed)
 */
public record LoginAssessment(Outcome outcome, Instant until) {

    public enum Outcome { ALLOWED, WAIT, LOCKED }

    public static LoginAssessment allowed() {
        return new LoginAssessment(Outcome.ALLOWED, null);
    }

    public static LoginAssessment waitUntil(Instant until) {
        return new LoginAssessment(Outcome.WAIT, until);
    }

    public static LoginAssessment lockedUntil(Instant until) {
        return new LoginAssessment(Outcome.LOCKED, until);
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOWED;
    }
}
