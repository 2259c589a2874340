package org.mspportal.search.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.batch.JobRun;
import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.security.PortalRole;

/**
 * Starts the search-rebuild job (every entry tagged again and written to the index again) and tells how
 * far the latest run has got. It runs when a theme changes, when a server finds its index differs from
 * the table, and when an administrator asks.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class SearchIndexRebuild {

    public static final String JOB = "search-rebuild";
    static final String REINDEX_STEP = "reindex";

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    JobRuns jobs;

    /** An administrator or lead asked for it: audited. */
    @RolesAllowed({PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long requested() {
        audit.record("REBUILT_SEARCH_INDEX", "practice learning index", null);
        return start();
    }

    /**
     * Outside any transaction, so that the batch runtime's own records are committed before its threads need
     * them. Open to the server itself (the outbox's start-up check runs as no one): a rebuild shows nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start() {
        return jobs.start(JOB, new Properties());
    }

    public void afterThemesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThemesChanged change) {
        start();
    }

    /** The latest run, or null if the index has never been rebuilt. */
    public Progress latest() {
        Optional<JobRun> latest = jobs.latest(JOB);
        if (latest.isEmpty()) {
            return null;
        }
        JobRun run = latest.get();
        long done = 0;
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(run.executionId())) {
            if (REINDEX_STEP.equals(step.getStepName())) {
                for (Metric metric : step.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                        done = metric.getValue();
                    }
                }
            }
        }
        long total = em.createQuery("SELECT COUNT(e) FROM SearchEntry e", Long.class).getSingleResult();
        return new Progress(run.interrupted() ? "INTERRUPTED" : run.status().name(), done, total, run.startedAt());
    }

    /**
     * @param status    the batch status, or INTERRUPTED for a run its server stopped in (start another: it is idempotent)
     * @param done      entries written again so far
     * @param total     entries in the table now
     */
    public record Progress(String status, long done, long total, Instant startedAt) {

        public boolean running() {
            return "STARTED".equals(status) || "STARTING".equals(status);
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }
}
