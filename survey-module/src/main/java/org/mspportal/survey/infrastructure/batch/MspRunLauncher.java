package org.mspportal.survey.infrastructure.batch;

import java.time.Clock;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.application.MspRunTuning;
import org.mspportal.survey.application.MspRuns;
import org.mspportal.survey.domain.model.reporting.MspRun;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/**
 * Starts and restarts runs of the msp-aggregation job through the core's {@link JobRuns}, and keeps each run's
 * record. Internal to the module: callers are the leads' service (which checks roles), the nightly schedule, crash
 * recovery and the job's own listener.
 */
@Stateless
@LocalBean
@Local(MspRuns.class)
@PermitAll
public class MspRunLauncher implements MspRuns {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    JobRuns jobs;

    @Inject
    MspRunWork work;

    @Inject
    UnstartedPartitions unstartedPartitions;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Operators' tuning: enquiries per chunk and checkpoint, and a pause after each chunk to spare a busy database. */
    @Inject
    @ConfigProperty(name = "msp.reporting.chunk-size", defaultValue = MspAggregationJob.DEFAULT_CHUNK_SIZE)
    int chunkSize;

    @Inject
    @ConfigProperty(name = "msp.reporting.chunk-pause-millis", defaultValue = "0")
    long chunkPauseMillis;

    /** Starts the job outside any transaction, then records the run in a transaction of its own. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MspRun launch(ReportingPeriod period, ReportScope scope, String requestedBy, MspRunTuning tuning) {
        MspRunParameters parameters = new MspRunParameters(period, scope, work.idRanges("survey_enquiry"),
                work.idRanges("survey_feedback_response"),
                tuning.chunkSize() != null ? tuning.chunkSize() : chunkSize,
                tuning.pauseMillis() != null ? tuning.pauseMillis() : chunkPauseMillis, MspRunParameters.DEFAULT_THREADS);
        long expected = work.itemsIn(period, scope);
        long execution = jobs.start(MspAggregationJob.NAME, parameters.toProperties());
        MspRun run = new MspRun(BatchRuntime.getJobOperator().getJobInstance(execution).getInstanceId(), execution, period,
                scope, requestedBy, clock.instant(), JobRuns.node(), expected);
        return self().record(run);
    }

    /** Starts a failed or stopped run again from its last checkpoints; the same run, a new execution. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MspRun restart(long runId) {
        MspRun run = em.find(MspRun.class, runId);
        Properties given = BatchRuntime.getJobOperator().getParameters(run.getExecutionId());
        MspRunParameters parameters = MspRunParameters.from(given);
        unstartedPartitions.record(run.getExecutionId(), MspAggregationJob.COUNT_ENQUIRIES, parameters.enquiryRanges().size());
        unstartedPartitions.record(run.getExecutionId(), MspAggregationJob.COUNT_FEEDBACK, parameters.responseRanges().size());
        return self().restarted(runId, jobs.restart(run.getExecutionId(), given));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MspRun record(MspRun run) {
        em.persist(run);
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MspRun restarted(long runId, long newExecutionId) {
        MspRun run = em.find(MspRun.class, runId);
        run.restarted(newExecutionId, JobRuns.node());
        return run;
    }

    /**
     * Where the run's latest execution stands. The batch runtime's record of a run older than its history keeps
     * ({@code msp.jobs.history-days}) is gone: such a run finished long ago, as its own record says.
     */
    @Override
    public BatchStatus status(MspRun run) {
        try {
            return BatchRuntime.getJobOperator().getJobExecution(run.getExecutionId()).getBatchStatus();
        } catch (NoSuchJobExecutionException forgotten) {
            return run.getFailureReason() == null ? BatchStatus.COMPLETED : BatchStatus.FAILED;
        }
    }

    @Override
    public long itemsDone(long jobInstanceId) {
        return work.itemsDone(jobInstanceId);
    }

    public Optional<MspRun> byExecution(long executionId) {
        return em.createQuery("SELECT r FROM MspRun r WHERE r.executionId = :execution", MspRun.class)
                .setParameter("execution", executionId).getResultStream().findFirst();
    }

    public void recordFailure(long jobInstanceId, String reason) {
        em.createNamedQuery("MspRun.byInstance", MspRun.class).setParameter("instance", jobInstanceId)
                .getResultStream().findFirst().ifPresent(run -> run.failed(reason));
    }

    private MspRunLauncher self() {
        return session.getBusinessObject(MspRunLauncher.class);
    }
}
