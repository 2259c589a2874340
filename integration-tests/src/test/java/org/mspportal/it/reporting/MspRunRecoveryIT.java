package org.mspportal.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The server is killed (kill -9) while a lead's MSP aggregation is running. When it starts again it
 * finds the run JBeret left marked STARTED, resumes it from its checkpoints without anyone asking, and
 * the figures it publishes equal an independent SQL count: nothing lost, nothing counted twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MspRunRecoveryIT {

    static final String SERVER = "fresh";
    static final String PORTAL = "recovery-portal";
    static final URI BASE = URI.create("http://localhost:8180/");
    static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) items");
    static final String PERIOD = "2025-26";
    /** Enquiries or responses per page, the job's item: small, with a pause after each, so the run is still going when killed. */
    static final int CHUNK_SIZE = 4;

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("msp.db"));
    }

    static String databaseUrl() {
        return onPostgres() ? System.getProperty("msp.it.db.url") + "?currentSchema=msp_it_batch"
                : "jdbc:h2:file:" + Path.of(System.getProperty("jboss.home.fresh"), "standalone", "data", "msp",
                        "recovery").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static Map<String, String> serverArguments() {
        // Demo data (a few hundred enquiries), small chunks with a pause so that the run is still going when killed.
        return Map.of("javaVmArguments", "-Xms64m -Xmx512m -Djboss.socket.binding.port-offset=100 -Dmsp.demo=true"
                + " -Dmsp.reporting.chunk-size=" + CHUNK_SIZE + " -Dmsp.reporting.chunk-pause-millis=250 -Dmsp.db.url=" + databaseUrl());
    }

    @Test
    void aRunKilledWithTheServerResumesWhenTheServerStartsAndCountsEverythingOnce() throws Exception {
        server.start(SERVER, serverArguments());
        deployer.deploy(PORTAL);
        PortalHttpClient lead = new PortalHttpClient(BASE);
        lead.signIn("demo.lead", "demo-lead-password");
        String page = lead.get("/survey/reporting.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", PERIOD);
        fields.put("scope", "council");
        HttpResponse<String> started = lead.submit("/survey/reporting.xhtml", page, "makeFigures", fields, "make");
        assertTrue(started.body().contains("Making the figures for " + PERIOD), started.body());

        // Far enough in that the first chunks' commits are surely on disk (H2 writes its file a moment later).
        int[] progress = waitForProgress(lead, p -> p[0] >= 40);
        assertTrue(progress[0] < progress[1], "still running when killed: " + progress[0] + " of " + progress[1]);
        killTheServerProcess();

        server.start(SERVER, serverArguments());
        try {
            PortalHttpClient again = new PortalHttpClient(BASE);
            waitUntilUp(again);
            again.signIn("demo.lead", "demo-lead-password");
            String finished = waitForFinish(again);
            assertTrue(finished.contains("restarted 1 times"), "resumed by the server itself, once");
            deployer.undeploy(PORTAL);
        } finally {
            server.stop(SERVER);
        }

        // The server is stopped: its database can be read directly and counted another way.
        try (Connection c = connect()) {
            DataSource single = new SingleConnection(c);
            IndependentFigures expected = new IndependentFigures(single, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2026, 3, 31), null);
            Map<String, Map<String, Map<String, Long>>> published = published(c);
            assertEquals(expected.sg4a(), published.get("SG4A"), "SG4a");
            assertEquals(expected.sg1AgeBand(), published.get("SG1_AGE_BAND"), "SG1a");
            assertEquals(expected.sg2TypeOfRisk(), published.get("SG2_TYPE_OF_RISK"), "SG2a");
            assertEquals(expected.feedbackAnswers(), published.getOrDefault("FB_ANSWERS", Map.of()), "feedback");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM survey_msp_staging"), "nothing left in staging");
            // The job's item is a page of CHUNK_SIZE enquiries or responses: from the beginning it would read at
            // least items_expected / CHUNK_SIZE pages.
            long pagesReadAfterRestart = count(c, "SELECT SUM(READCOUNT) FROM STEP_EXECUTION WHERE JOBEXECUTIONID ="
                    + " (SELECT execution_id FROM survey_msp_run)");
            long pagesFromTheBeginning = count(c, "SELECT items_expected FROM survey_msp_run") / CHUNK_SIZE;
            assertTrue(pagesReadAfterRestart < pagesFromTheBeginning, "resumed from its checkpoints, not from the "
                    + "beginning: read " + pagesReadAfterRestart + " pages of " + pagesFromTheBeginning);
            assertEquals(1, count(c, "SELECT COUNT(*) FROM survey_msp_report"), "one report for the period");
        }
    }

    private int[] waitForProgress(PortalHttpClient lead, java.util.function.Predicate<int[]> enough) {
        return await("the run's progress on the reporting page").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Matcher m = PROGRESS.matcher(lead.get("/survey/reporting.xhtml").body());
                    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
                }, enough);
    }

    private String waitForFinish(PortalHttpClient lead) {
        return await("the resumed run to finish").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String page = lead.get("/survey/reporting.xhtml").body();
                    assertFalse(page.contains(">Failed<"), "the resumed run failed");
                    return page;
                }, page -> page.contains(">Finished<"));
    }

    private static void waitUntilUp(PortalHttpClient client) {
        // Refused connections while the server starts are what is being waited out.
        await("the portal back after the restart").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreException(IllegalStateException.class)
                .until(() -> client.get("/login.xhtml").statusCode() == 200);
    }

    /** kill -9: no shutdown hook, no graceful stop; JBeret's records stay as they were. */
    private void killTheServerProcess() throws InterruptedException {
        String home = Path.of(System.getProperty("jboss.home.fresh")).toAbsolutePath().toString();
        ProcessHandle process = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-Djboss.home.dir=" + home)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("No server process for " + home));
        assertTrue(process.destroyForcibly());
        await("the server process to end").atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        try {
            server.kill(SERVER);
        } catch (RuntimeException alreadyGone) {
            // Arquillian only learns the process is gone.
        }
    }

    private static Connection connect() throws SQLException {
        return onPostgres()
                ? DriverManager.getConnection(databaseUrl(), System.getProperty("msp.it.db.user", "postgres"),
                        System.getProperty("msp.it.db.password", "postgres"))
                : DriverManager.getConnection(databaseUrl(), "sa", "sa");
    }

    private static Map<String, Map<String, Map<String, Long>>> published(Connection c) throws SQLException {
        Map<String, Map<String, Map<String, Long>>> figures = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.table_code, f.row_key, f.column_key, f.figure "
                + "FROM survey_msp_figure f JOIN survey_msp_report r ON r.id = f.report_id WHERE r.period_key = ?")) {
            s.setString(1, PERIOD);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.computeIfAbsent(r.getString(1), t -> new TreeMap<>())
                            .computeIfAbsent(r.getString(2), k -> new TreeMap<>()).put(r.getString(3), r.getLong(4));
                }
            }
        }
        return figures;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
