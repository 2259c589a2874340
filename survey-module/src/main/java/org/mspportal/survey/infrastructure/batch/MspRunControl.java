package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.MspRun;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/**
 * Starts, restarts and recovers runs of the msp-aggregation job. Internal to the module: callers are
 * the leads' service (which checks roles), the nightly schedule and start-up recovery.
 */
@Stateless
@PermitAll
public class MspRunControl {

    private static final Logger LOG = Logger.getLogger(MspRunControl.class.getName());
    static final List<BatchStatus> UNFINISHED = List.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Resource(lookup = MspAggregationJob.DATASOURCE)
    DataSource dataSource;

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

    /** This server's name in a cluster (jboss.node.name); one server alone is still named. */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    /**
     * Starts the job outside any transaction (so that JBeret's own records are committed before its
     * threads need them), then records the run in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MspRun launch(ReportingPeriod period, ReportScope scope, String requestedBy, Properties tuning) {
        Properties parameters = new Properties();
        parameters.setProperty(MspAggregationJob.CHUNK_SIZE, String.valueOf(chunkSize));
        parameters.setProperty(MspAggregationJob.CHUNK_PAUSE, String.valueOf(chunkPauseMillis));
        parameters.putAll(tuning);
        parameters.setProperty(MspAggregationJob.PERIOD, period.key());
        parameters.setProperty(MspAggregationJob.SCOPE, scope.key());
        parameters.setProperty(MspAggregationJob.ENQUIRY_RANGES, ranges("survey_enquiry"));
        parameters.setProperty(MspAggregationJob.RESPONSE_RANGES, ranges("survey_feedback_response"));
        JobOperator jobs = BatchRuntime.getJobOperator();
        long expected = itemsIn(period, scope);
        long execution = jobs.start(MspAggregationJob.NAME, parameters);
        MspRun run = new MspRun(jobs.getJobInstance(execution).getInstanceId(), execution, period, scope, requestedBy,
                clock.instant(), node(), expected);
        return self().record(run);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MspRun record(MspRun run) {
        em.persist(run);
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MspRun restarted(long runId, long newExecutionId) {
        MspRun run = em.find(MspRun.class, runId);
        run.restarted(newExecutionId, node());
        return run;
    }

    private MspRunControl self() {
        return session.getBusinessObject(MspRunControl.class);
    }

    /** Starts a failed or stopped run again from its last checkpoints; the same run, a new execution. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MspRun restart(long runId) {
        MspRun run = em.find(MspRun.class, runId);
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties parameters = jobs.getParameters(run.getExecutionId());
        self().recordUnstartedPartitions(run.getExecutionId(), "count-enquiries",
                IdRanges.parse(parameters.getProperty(MspAggregationJob.ENQUIRY_RANGES)).size());
        self().recordUnstartedPartitions(run.getExecutionId(), "count-feedback",
                IdRanges.parse(parameters.getProperty(MspAggregationJob.RESPONSE_RANGES)).size());
        return self().restarted(runId, jobs.restart(run.getExecutionId(), parameters));
    }

    public Optional<MspRun> byInstance(long jobInstanceId) {
        return em.createNamedQuery("MspRun.byInstance", MspRun.class).setParameter("instance", jobInstanceId)
                .getResultStream().findFirst();
    }

    public void recordFailure(long jobInstanceId, String reason) {
        byInstance(jobInstanceId).ifPresent(run -> run.failed(reason));
    }

    /**
     * The runs this server had under way when its previous process ended: a killed server leaves them
     * marked as still running. Only executions created before this Java process started are taken:
     * a run started since (by a lead, or by an earlier deployment in this same process) may really be
     * running, and must never be touched.
     */
    public List<MspRun> abandonedOnThisNode() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        java.util.Date processStart = new java.util.Date(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        return em.createNamedQuery("MspRun.onNode", MspRun.class).setParameter("node", node()).getResultStream()
                .filter(run -> {
                    JobExecution execution = jobs.getJobExecution(run.getExecutionId());
                    return UNFINISHED.contains(execution.getBatchStatus())
                            && execution.getCreateTime().before(processStart);
                })
                .toList();
    }

    /**
     * Marks the execution a dead server left as STARTED as FAILED, with its steps and partitions, in
     * JBeret's own tables: JBeret cannot restart an execution it believes is running (WFLY-19706,
     * JBERET-655). Safe only for executions of this server, found before this server starts any job.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markAbandonedExecutionFailed(long executionId) throws SQLException {
        String failed = BatchStatus.FAILED.name();
        String unfinished = "('STARTING', 'STARTED', 'STOPPING')";
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE PARTITION_EXECUTION SET BATCHSTATUS = ? WHERE BATCHSTATUS IN " + unfinished
                    + " AND STEPEXECUTIONID IN (SELECT STEPEXECUTIONID FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?)",
                    failed, executionId);
            update(c, "UPDATE STEP_EXECUTION SET BATCHSTATUS = ? WHERE BATCHSTATUS IN " + unfinished
                    + " AND JOBEXECUTIONID = ?", failed, executionId);
            update(c, "UPDATE JOB_EXECUTION SET BATCHSTATUS = ?, EXITSTATUS = 'SERVER_STOPPED', ENDTIME = CURRENT_TIMESTAMP"
                    + " WHERE BATCHSTATUS IN " + unfinished + " AND JOBEXECUTIONID = ?", failed, executionId);
        }
        LOG.info(() -> "MSP aggregation execution " + executionId + " was left unfinished by a stopped server: marked failed.");
    }

    /**
     * JBeret restarts only the partitions it has a record of, and it records a partition when the
     * partition starts: after a crash, partitions that had not started yet would never be counted. So
     * every partition of an unfinished counting step gets a record (FAILED, no checkpoint) before the
     * restart; JBeret then counts those from their beginning and the others from their checkpoints.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUnstartedPartitions(long executionId, String stepName, int partitions) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement steps = c.prepareStatement("SELECT STEPEXECUTIONID FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?"
                     + " AND STEPNAME = ? AND BATCHSTATUS IN ('FAILED', 'STOPPED')");
             PreparedStatement insert = c.prepareStatement("INSERT INTO PARTITION_EXECUTION (PARTITIONEXECUTIONID,"
                     + " STEPEXECUTIONID, VERSION, BATCHSTATUS) SELECT ?, ?, 0, 'FAILED' WHERE NOT EXISTS (SELECT 1 FROM"
                     + " PARTITION_EXECUTION WHERE PARTITIONEXECUTIONID = ? AND STEPEXECUTIONID = ?)")) {
            steps.setLong(1, executionId);
            steps.setString(2, stepName);
            try (ResultSet r = steps.executeQuery()) {
                while (r.next()) {
                    long step = r.getLong(1);
                    for (int partition = 0; partition < partitions; partition++) {
                        insert.setInt(1, partition);
                        insert.setLong(2, step);
                        insert.setInt(3, partition);
                        insert.setLong(4, step);
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the run's restart", e);
        }
    }

    private static void update(Connection c, String sql, String status, long executionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, status);
            s.setLong(2, executionId);
            s.executeUpdate();
        }
    }

    /** What the run will go through: enquiries started or concluded, and responses sent, in the period. */
    long itemsIn(ReportingPeriod period, ReportScope scope) {
        String team = scope.isCouncil() ? "" : " AND e.team_id = " + scope.teamId();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM survey_enquiry e WHERE "
                    + "(e.enquiry_started_on BETWEEN ? AND ? OR e.concluded_on BETWEEN ? AND ?)" + team)) {
                Date from = Date.valueOf(period.firstDay());
                Date to = Date.valueOf(period.lastDay());
                s.setDate(1, from);
                s.setDate(2, to);
                s.setDate(3, from);
                s.setDate(4, to);
                total = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM survey_feedback_response r "
                    + "JOIN survey_enquiry e ON e.id = r.enquiry_id WHERE r.submitted_at >= ? AND r.submitted_at < ?" + team)) {
                s.setObject(1, period.firstDay().atStartOfDay(ReportingPeriod.UK).toOffsetDateTime());
                s.setObject(2, period.lastDay().plusDays(1).atStartOfDay(ReportingPeriod.UK).toOffsetDateTime());
                total += single(s);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the run's work", e);
        }
    }

    /** The table's ids split into the partitions' ranges, fixed now so that a restart reads the same ones. */
    private String ranges(String table) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id) FROM " + table);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getObject(1) == null ? IdRanges.split(1, 0, 1)
                    : IdRanges.split(r.getLong(1), r.getLong(2), MspAggregationJob.PARTITIONS);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not split the run's work", e);
        }
    }

    /** Items handled so far, from the staging rows of committed chunks. */
    public long itemsDone(long jobInstanceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(figure), 0) FROM survey_msp_staging "
                     + "WHERE job_instance_id = ? AND table_code = ?")) {
            s.setLong(1, jobInstanceId);
            s.setString(2, MspAggregationJob.ITEMS);
            return single(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the run's progress", e);
        }
    }

    public JobExecution execution(MspRun run) {
        return BatchRuntime.getJobOperator().getJobExecution(run.getExecutionId());
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
