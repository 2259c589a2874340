package org.mspportal.core.batch;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every module's way to launch, restart and follow its batch jobs. A launch is recorded with the server that made
 * it, so that crash recovery takes only this server's own executions. Internal to the modules' services, which
 * check roles before they call it.
 */
@Stateless
@PermitAll
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());
    static final List<BatchStatus> UNFINISHED = List.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    private static final String FINISHED = "('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** JBeret keeps its job repository in the portal's database. */
    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** This server's name in a cluster (jboss.node.name); one server alone is still named. */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    /**
     * Starts the job outside any transaction (so that JBeret's own records are committed before its threads need
     * them), then records the launch in a transaction of its own.
     *
     * @return the execution's id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String job, Properties parameters) {
        long execution = BatchRuntime.getJobOperator().start(job, parameters);
        self().recordLaunch(execution, job);
        return execution;
    }

    /** Restarts a failed or stopped execution from its checkpoints, as {@link #start} starts one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long executionId, Properties parameters) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        String job = jobs.getJobInstance(executionId).getJobName();
        long execution = jobs.restart(executionId, parameters);
        self().recordLaunch(execution, job);
        return execution;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordLaunch(long executionId, String job) {
        em.persist(new JobLaunch(executionId, job, node(), clock.instant()));
    }

    /** The latest execution of the job, if it ever ran. */
    public Optional<JobRun> latest(String job) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = jobs.getJobInstances(job, 0, 1);
        } catch (NoSuchJobException e) {
            return Optional.empty();
        }
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        List<JobExecution> executions = jobs.getJobExecutions(instances.get(0));
        if (executions.isEmpty()) {
            return Optional.empty();
        }
        JobExecution latest = executions.get(executions.size() - 1);
        Date started = latest.getStartTime() != null ? latest.getStartTime() : latest.getCreateTime();
        boolean interrupted = UNFINISHED.contains(latest.getBatchStatus()) && started != null
                && started.before(processStart());
        return Optional.of(new JobRun(latest.getExecutionId(), latest.getBatchStatus(), interrupted,
                started == null ? null : started.toInstant(),
                latest.getEndTime() == null ? null : latest.getEndTime().toInstant()));
    }

    /**
     * The executions this server had under way when its previous process ended: a killed server leaves them
     * marked as still running. Only executions created before this Java process started are taken: one started
     * since (by a person, or by an earlier deployment in this same process) may really be running. Read from
     * JBeret's tables, not through the job operator, which would keep what it read in its cache.
     */
    public List<AbandonedExecution> abandonedOnThisNode() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT l.execution_id, l.job_name FROM core_job_launch l"
                     + " JOIN JOB_EXECUTION e ON e.JOBEXECUTIONID = l.execution_id WHERE l.server_node = ?"
                     + " AND e.BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING') AND e.CREATETIME < ?"
                     + " ORDER BY l.execution_id")) {
            s.setString(1, node());
            s.setTimestamp(2, new Timestamp(processStart().getTime()));
            List<AbandonedExecution> abandoned = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    abandoned.add(new AbandonedExecution(r.getLong(1), r.getString(2)));
                }
            }
            return abandoned;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for unfinished job executions", e);
        }
    }

    /** An execution a stopped server left running, and its job. */
    public record AbandonedExecution(long executionId, String job) {
    }

    /**
     * Marks the execution a dead server left as running FAILED, with its steps and partitions, in JBeret's own
     * tables: JBeret cannot restart an execution it believes is running (WFLY-19706, JBERET-655). Safe only for
     * executions of this server, found before this server starts any job.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long executionId) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark execution " + executionId + " failed", e);
        }
        LOG.info(() -> "Job execution " + executionId + " was left unfinished by a stopped server: marked failed.");
    }

    /**
     * Forgets finished executions that ended before the cutoff, with their steps and partitions, the job instances
     * left with none, and their launch records. Unfinished executions are never touched.
     *
     * @return how many executions were forgotten
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeFinishedBefore(Instant cutoff) {
        String old = "SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE ENDTIME < ? AND BATCHSTATUS IN " + FINISHED;
        Timestamp before = Timestamp.from(cutoff);
        try (Connection c = dataSource.getConnection()) {
            List<Long> instances = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT JOBINSTANCEID FROM JOB_EXECUTION WHERE ENDTIME < ?"
                    + " AND BATCHSTATUS IN " + FINISHED)) {
                s.setTimestamp(1, before);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        instances.add(r.getLong(1));
                    }
                }
            }
            delete(c, "DELETE FROM PARTITION_EXECUTION WHERE STEPEXECUTIONID IN (SELECT STEPEXECUTIONID FROM STEP_EXECUTION"
                    + " WHERE JOBEXECUTIONID IN (" + old + "))", before);
            delete(c, "DELETE FROM STEP_EXECUTION WHERE JOBEXECUTIONID IN (" + old + ")", before);
            int executions = delete(c, "DELETE FROM JOB_EXECUTION WHERE ENDTIME < ? AND BATCHSTATUS IN " + FINISHED, before);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM JOB_INSTANCE WHERE JOBINSTANCEID = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM JOB_EXECUTION e WHERE e.JOBINSTANCEID = ?)")) {
                for (long instance : instances) {
                    s.setLong(1, instance);
                    s.setLong(2, instance);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM core_job_launch WHERE NOT EXISTS"
                    + " (SELECT 1 FROM JOB_EXECUTION e WHERE e.JOBEXECUTIONID = core_job_launch.execution_id)")) {
                s.executeUpdate();
            }
            return executions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not forget old job executions", e);
        }
    }

    private JobRuns self() {
        return session.getBusinessObject(JobRuns.class);
    }

    private static Date processStart() {
        return new Date(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private static void update(Connection c, String sql, String status, long executionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, status);
            s.setLong(2, executionId);
            s.executeUpdate();
        }
    }

    private static int delete(Connection c, String sql, Timestamp before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, before);
            return s.executeUpdate();
        }
    }
}
