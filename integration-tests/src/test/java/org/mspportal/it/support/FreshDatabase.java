package org.mspportal.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each run of the suite an empty database before the server starts. H2 needs nothing: its file
 * lives in the freshly provisioned server. On PostgreSQL the suite owns two schemas, dropped and made anew.
 */
public class FreshDatabase implements LauncherSessionListener {

    /** The schemas of the test servers: the demo one, the one a council first starts, the one killed mid-run. */
    public static final String[] SCHEMAS = {"msp_it", "msp_it_fresh", "msp_it_batch"};

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("msp.db"))) {
            return;
        }
        String url = System.getProperty("msp.it.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("msp.it.db.user", "postgres"),
                System.getProperty("msp.it.db.password", "postgres"));
             Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test schema at " + url, e);
        }
    }
}
