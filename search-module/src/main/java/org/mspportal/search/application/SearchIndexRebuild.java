package org.mspportal.search.application;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }

    public void afterThemesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThemesChanged change) {
        start();
    }

    /** The latest run, or null if the index has never been rebuilt. */
    public Progress latest() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = jobs.getJobInstances(JOB, 0, 1);
        } catch (NoSuchJobException e) {
            return null;
        }
        if (instances.isEmpty()) {
            return null;
        }
        List<JobExecution> executions = jobs.getJobExecutions(instances.get(0));
        JobExecution execution = executions.get(executions.size() - 1);
        long done = 0;
        for (StepExecution step : jobs.getStepExecutions(execution.getExecutionId())) {
            if (REINDEX_STEP.equals(step.getStepName())) {
                for (Metric metric : step.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                        done = metric.getValue();
                    }
                }
            }
        }
        long total = em.createQuery("SELECT COUNT(e) FROM SearchEntry e", Long.class).getSingleResult();
        BatchStatus status = execution.getBatchStatus();
        Date started = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        boolean interrupted = (status == BatchStatus.STARTED || status == BatchStatus.STARTING)
                && started != null && started.getTime() < ManagementFactory.getRuntimeMXBean().getStartTime();
        return new Progress(interrupted ? "INTERRUPTED" : status.name(), done, total,
                started == null ? null : started.toInstant());
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
