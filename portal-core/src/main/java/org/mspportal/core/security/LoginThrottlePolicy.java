package org.mspportal.core.security;

import java.time.Duration;

/**
 * How repeated failed sign-ins slow down and then lock an account.
 *
 * @param freeAttempts  failures allowed before any wait
 * @param firstWait     the wait after the first failure beyond {@code freeAttempts}; it doubles each time
 * @param maximumWait   the longest wait between attempts before the lock
 * @param lockAfter     failures in a row that lock the account
 * @param lockDuration  how long a lock lasts, unless an administrator unlocks the account sooner
 */
public record LoginThrottlePolicy(int freeAttempts, Duration firstWait, Duration maximumWait,
                                  int lockAfter, Duration lockDuration) {

    public static final LoginThrottlePolicy DEFAULT =
            new LoginThrottlePolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(60), 8, Duration.ofMinutes(30));

    public LoginThrottlePolicy {
        if (freeAttempts < 0 || lockAfter <= freeAttempts) {
            throw new IllegalArgumentException("lockAfter must exceed freeAttempts");
        }
    }

    /** The wait imposed after {@code failures} failed attempts in a row (zero while attempts are free). */
    public Duration waitAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maximumWait) > 0 ? maximumWait : wait;
    }
}
