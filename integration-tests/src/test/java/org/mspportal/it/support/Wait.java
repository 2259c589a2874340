package org.mspportal.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Waits for a condition the server reaches in its own time (the search outbox, a batch job), never for a guessed time. */
public final class Wait {

    private static final long POLL_MILLIS = 100;

    private Wait() {
    }

    /** Asks the probe until its answer satisfies the condition; returns that answer, or fails with the last one. */
    public static <T> T until(String what, Duration timeout, Callable<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        try {
            while (true) {
                last = probe.call();
                if (done.test(last)) {
                    return last;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("Could not ask whether " + what, e);
        }
    }
}
