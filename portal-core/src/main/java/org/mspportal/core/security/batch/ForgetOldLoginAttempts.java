package org.mspportal.core.security.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Forgets failed sign-in records that no longer lock anything: a mistyped username can be personal
 * data (or even a password typed in the wrong box), so it is kept no longer than needed.
 * Job {@code forget-old-login-attempts}; the age is a job parameter (hours, default 24).
 */
@Named
@Dependent
public class ForgetOldLoginAttempts extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ForgetOldLoginAttempts.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty(name = "olderThanHours")
    String olderThanHours;

    @Override
    @Transactional
    public String process() {
        var cutoff = clock.instant().minus(Duration.ofHours(Long.parseLong(olderThanHours)));
        int forgotten = em.createQuery("DELETE FROM LoginAttempts a WHERE a.lastFailedAt < :cutoff"
                        + " AND (a.lockedUntil IS NULL OR a.lockedUntil < :now)")
                .setParameter("cutoff", cutoff)
                .setParameter("now", clock.instant())
                .executeUpdate();
        LOG.info(() -> "Forgot " + forgotten + " old failed sign-in records.");
        return "FORGOT_" + forgotten;
    }
}
