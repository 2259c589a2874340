package org.mspportal.survey.domain.model.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one address may try a code or link that does not work: after {@code maxFailures}
 * failures within {@code window}, further tries are refused until the oldest failure leaves the window.
 * A short code holds about 59 bits, so even a patient guesser gets nowhere at this rate.
 * Kept in memory: a restart forgets it, which costs a guesser nothing they could use.
 */
public final class GuessLimit {

    /** Beyond this many tracked addresses, the quietest are forgotten first so memory stays bounded. */
    static final int MAX_TRACKED_ADDRESSES = 50_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public GuessLimit(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A guess limit needs at least one try and a window of time.");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** When the address may try again, if it is blocked now. */
    public Optional<Instant> blockedUntil(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            forgetOld(recent, now);
            return recent.size() >= maxFailures ? Optional.of(recent.peekFirst().plus(window)) : Optional.empty();
        }
    }

    public void recordFailure(String address, Instant now) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOld(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !now.isBefore(recent.peekFirst().plus(window))) {
            recent.removeFirst();
        }
    }
}
