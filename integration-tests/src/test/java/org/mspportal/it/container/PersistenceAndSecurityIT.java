package org.mspportal.it.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.batch.AbandonedJobRecovery;
import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PasswordHasher;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.core.security.UserAdministration;
import org.mspportal.core.security.batch.NightlyHousekeeping;
import org.mspportal.it.support.PortalDeployment;

/** Runs inside the server, against the real datasource, migrations and EJB security. */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndSecurityIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(PersistenceAndSecurityIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/msp")
    jakarta.mail.Session mail;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    UserAdministration administration;

    @Inject
    AuditLog audit;

    @Inject
    JobRuns jobRuns;

    @Inject
    AbandonedJobRecovery recovery;

    @Test
    void coreAndEachModuleKeepTheirOwnMigrationHistory() throws SQLException {
        for (String owner : new String[] {"core", "survey", "reference_group"}) {
            // Flyway quotes its history table's identifiers: lower case on every database.
            assertEquals(1, count("SELECT COUNT(*) FROM \"flyway_history_" + owner
                    + "\" WHERE \"success\" = TRUE AND \"version\" = '1'"), owner);
        }
        // Administrators may add statements (OutcomeStatementCatalogueIT does): the nine seeded come first.
        assertEquals(9, count("SELECT COUNT(*) FROM survey_outcome_statement WHERE position <= 9"), "seeded outcome statements");
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedBcryptHashes() throws SQLException {
        String first = "it." + UUID.randomUUID().toString().substring(0, 8);
        String second = "it." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(first, "First Test", null, EnumSet.of(PortalRole.PRACTITIONER), "same long password".toCharArray());
        accounts.create(second, "Second Test", null, EnumSet.of(PortalRole.PRACTITIONER), "same long password".toCharArray());
        String firstHash = hashOf(first);
        String secondHash = hashOf(second);
        assertTrue(firstHash.startsWith("$2a$12$"), firstHash);
        assertNotEquals(firstHash, secondHash, "each hash has its own salt");
        assertTrue(hasher.matches("same long password".toCharArray(), firstHash));
        assertTrue(!hasher.matches("another password".toCharArray(), firstHash));
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        String name = "it." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Test", null, EnumSet.of(PortalRole.MEMBER), null);
        assertThrows(Refusal.class,
                () -> accounts.create(name.toUpperCase(), "Test", null, EnumSet.of(PortalRole.MEMBER), null));
    }

    @Test
    void administrationServicesRefuseACallerWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> administration.listUsers());
        assertThrows(EJBAccessException.class, () -> administration.auditLog(0, 10));
    }

    @Test
    void auditEntriesRecordWhoWhatAndFromWhere() throws SQLException {
        long before = audit.count();
        audit.recordAs("demo.lead", "EXPORTED_REPORT", "board report", "Q1", "192.0.2.10");
        assertEquals(before + 1, audit.count());
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_entry WHERE actor = 'demo.lead' AND action = 'EXPORTED_REPORT'"
                + " AND from_address = '192.0.2.10' AND occurred_at IS NOT NULL"));
    }

    @Test
    void housekeepingJobFromAModuleJarRunsAndIsRecordedInTheDatabaseJobRepository() throws Exception {
        String stale = "it." + UUID.randomUUID().toString().substring(0, 8);
        String recent = "it." + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO core_login_attempt (username, failures, last_failed_at) VALUES (?, 1, ?)")) {
            s.setString(1, stale);
            s.setObject(2, java.time.OffsetDateTime.now().minusHours(48));
            s.executeUpdate();
            s.setString(1, recent);
            s.setObject(2, java.time.OffsetDateTime.now().minusHours(1));
            s.executeUpdate();
        }
        long executionsBefore = count("SELECT COUNT(*) FROM job_execution");

        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start(NightlyHousekeeping.FORGET_OLD_LOGIN_ATTEMPTS, new Properties());
        await("the housekeeping job to complete").atMost(Duration.ofSeconds(30))
                .until(() -> jobs.getJobExecution(execution).getBatchStatus(), status -> status == BatchStatus.COMPLETED);
        assertEquals(0, count("SELECT COUNT(*) FROM core_login_attempt WHERE username = '" + stale + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_login_attempt WHERE username = '" + recent + "'"));
        assertEquals(executionsBefore + 1, count("SELECT COUNT(*) FROM job_execution"), "recorded in the database");
    }

    @Test
    void anExecutionAStoppedServerLeftRunningIsMarkedFailedAndRestartedWhateverItsModule() throws Exception {
        // What a kill -9 leaves, written as JBeret would have: an execution of a job with no recovery of its own,
        // created by this server before this process began, still marked running. New ids, never in JBeret's cache.
        long instance = 900_000_000L + UUID.randomUUID().getMostSignificantBits() % 1_000_000 + 1_000_000;
        long abandoned = instance;
        java.sql.Timestamp anHourAgo = java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        long template = jobRuns.start(NightlyHousekeeping.FORGET_OLD_LOGIN_ATTEMPTS, new Properties());
        JobOperator jobs = BatchRuntime.getJobOperator();
        await("the housekeeping job to complete").atMost(Duration.ofSeconds(30))
                .until(() -> jobs.getJobExecution(template).getBatchStatus(), status -> status == BatchStatus.COMPLETED);
        update("INSERT INTO job_instance (jobinstanceid, version, jobname, applicationname) SELECT ?, 0, jobname,"
                + " applicationname FROM job_instance WHERE jobinstanceid = (SELECT jobinstanceid FROM job_execution"
                + " WHERE jobexecutionid = ?)", instance, template);
        update("INSERT INTO job_execution (jobexecutionid, jobinstanceid, version, createtime, starttime,"
                + " lastupdatedtime, batchstatus) VALUES (?, ?, 0, ?, ?, ?, 'STARTED')", abandoned, instance, anHourAgo,
                anHourAgo, anHourAgo);
        update("INSERT INTO core_job_launch (execution_id, job_name, server_node, launched_at) VALUES (?, ?, ?, ?)",
                abandoned, NightlyHousekeeping.FORGET_OLD_LOGIN_ATTEMPTS, JobRuns.node(), anHourAgo);

        recovery.resumeUnfinished();

        assertEquals(BatchStatus.FAILED, jobs.getJobExecution(abandoned).getBatchStatus());
        assertEquals("SERVER_STOPPED", jobs.getJobExecution(abandoned).getExitStatus());
        assertEquals(1, count("SELECT COUNT(*) FROM job_execution WHERE jobinstanceid = " + instance
                + " AND jobexecutionid <> " + abandoned), "a new execution of the same job instance");
        long resumed = count("SELECT jobexecutionid FROM job_execution WHERE jobinstanceid = " + instance
                + " AND jobexecutionid <> " + abandoned);
        await("the resumed execution to complete").atMost(Duration.ofSeconds(30))
                .until(() -> jobs.getJobExecution(resumed).getBatchStatus(), status -> status == BatchStatus.COMPLETED);
        assertEquals(1, count("SELECT COUNT(*) FROM core_job_launch WHERE execution_id = " + resumed),
                "the resumed execution is recorded as this server's");
        recovery.resumeUnfinished();
        assertEquals(BatchStatus.COMPLETED, jobs.getJobExecution(resumed).getBatchStatus(), "resumed once, not again");
    }

    @Test
    void finishedExecutionsOlderThanTheHistoryKeptAreForgottenAndNothingElse() throws Exception {
        long old = jobRuns.start(NightlyHousekeeping.FORGET_OLD_LOGIN_ATTEMPTS, new Properties());
        JobOperator jobs = BatchRuntime.getJobOperator();
        await("the housekeeping job to complete").atMost(Duration.ofSeconds(30))
                .until(() -> jobs.getJobExecution(old).getBatchStatus(), status -> status == BatchStatus.COMPLETED);
        long stepsOfOld = count("SELECT COUNT(*) FROM step_execution WHERE jobexecutionid = " + old);
        assertTrue(stepsOfOld > 0, "the execution has steps to forget");
        update("UPDATE job_execution SET endtime = ? WHERE jobexecutionid = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(500))), old);
        long recentBefore = count("SELECT COUNT(*) FROM job_execution WHERE endtime IS NULL OR endtime > "
                + "CURRENT_TIMESTAMP - INTERVAL '1' DAY");

        int forgotten = jobRuns.purgeFinishedBefore(Instant.now().minus(Duration.ofDays(400)));

        assertTrue(forgotten >= 1, "forgotten: " + forgotten);
        assertEquals(0, count("SELECT COUNT(*) FROM job_execution WHERE jobexecutionid = " + old));
        assertEquals(0, count("SELECT COUNT(*) FROM step_execution WHERE jobexecutionid = " + old));
        assertEquals(0, count("SELECT COUNT(*) FROM core_job_launch WHERE execution_id = " + old));
        assertEquals(recentBefore, count("SELECT COUNT(*) FROM job_execution WHERE endtime IS NULL OR endtime > "
                + "CURRENT_TIMESTAMP - INTERVAL '1' DAY"), "recent and running executions are kept");
    }

    @Test
    void mailSessionForInvitationsIsConfiguredFromSettings() {
        // The test server sets -Dmsp.smtp.host and -Dmsp.smtp.port (arquillian.xml) for GreenMail.
        // The server resolves the host it was given; 127.0.0.1 may come back under its name.
        assertTrue(java.util.Set.of("127.0.0.1", "localhost").contains(mail.getProperty("mail.smtp.host")));
        assertEquals("3025", mail.getProperty("mail.smtp.port"));
        assertEquals("10000", mail.getProperty("mail.smtp.connectiontimeout"), "an unreachable server is given up on");
        assertEquals("no-reply@msp-portal.invalid", mail.getProperty("mail.from"));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private String hashOf(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM core_user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
