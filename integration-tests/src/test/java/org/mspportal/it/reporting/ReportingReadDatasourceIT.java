package org.mspportal.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.PortalDeployment;

/**
 * The MSP job's readers' datasource (MspReportingReadDS) reaches the portal's own database, and on
 * PostgreSQL its sessions can only read and plan no parallel workers.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingReadDatasourceIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(ReportingReadDatasourceIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/MspReportingReadDS")
    DataSource readers;

    @Test
    void theReadersSeeThePortalsOwnDatabase() throws SQLException {
        String count = "SELECT COUNT(*) FROM survey_enquiry";
        assertEquals(single(portal, count), single(readers, count));
    }

    /** H2 has no read-only sessions nor parallel plans: there, the datasource only leaves out the lock and JTA. */
    @Test
    void onPostgreSqlTheReadersCannotWriteAndPlanNoParallelWorkers() throws SQLException {
        try (Connection c = readers.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            // The server's own word for its database, set by the datasource script.
            assertEquals(System.getProperty("msp.db.product"), product);
            if (!product.equals("PostgreSQL")) {
                return;
            }
            assertEquals("on", show(c, "transaction_read_only"));
            assertEquals("0", show(c, "max_parallel_workers_per_gather"));
            try (Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(
                        "DELETE FROM survey_msp_staging WHERE job_instance_id = -1"));
                assertEquals("25006", refused.getSQLState(), "read_only_sql_transaction");
            }
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long single(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
