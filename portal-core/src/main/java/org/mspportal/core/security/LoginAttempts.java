package org.mspportal.core.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins in a row for one username, whether or not an account has that name, so that the
 * replies never reveal which usernames exist. The server's realm refuses a locked username too.
 */
@Entity
@Table(name = "core_login_attempt")
public class LoginAttempts {

    @Id
    @Column(length = 80)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginAttempts() {
    }

    public LoginAttempts(String username) {
        this.username = Usernames.normalise(username);
    }

    /** Whether a sign-in may be tried now, must wait, or is locked out. */
    public LoginAssessment assess(Instant now, LoginThrottlePolicy policy) {
        if (lockedUntil != null) {
            return now.isBefore(lockedUntil) ? LoginAssessment.lockedUntil(lockedUntil) : LoginAssessment.allowed();
        }
        if (lastFailedAt == null) {
            return LoginAssessment.allowed();
        }
        Instant next = lastFailedAt.plus(policy.waitAfter(failures));
        return now.isBefore(next) ? LoginAssessment.waitUntil(next) : LoginAssessment.allowed();
    }

    /** Counts one more failure, locking the username when the policy says so. */
    public LoginAssessment recordFailure(Instant now, LoginThrottlePolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailedAt = now;
        if (failures >= policy.lockAfter()) {
            lockedUntil = now.plus(policy.lockDuration());
            return LoginAssessment.lockedUntil(lockedUntil);
        }
        return assess(now, policy);
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
