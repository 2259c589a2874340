package org.mspportal.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.UUID;

import javax.sql.DataSource;

import java.util.Properties;

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
import org.mspportal.core.security.AccountException;
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
        assertThrows(AccountException.class,
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
        long deadline = System.currentTimeMillis() + 30_000;
        while (jobs.getJobExecution(execution).getBatchStatus() != BatchStatus.COMPLETED) {
            assertTrue(System.currentTimeMillis() < deadline, "job completes: " + jobs.getJobExecution(execution).getBatchStatus());
            Thread.sleep(100);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM core_login_attempt WHERE username = '" + stale + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_login_attempt WHERE username = '" + recent + "'"));
        assertEquals(executionsBefore + 1, count("SELECT COUNT(*) FROM job_execution"), "recorded in the database");
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
