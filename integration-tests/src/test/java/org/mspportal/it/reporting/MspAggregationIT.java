package org.mspportal.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.survey.application.MspReporting;
import org.mspportal.survey.application.MspRunTuning;
import org.mspportal.survey.domain.model.reporting.MspRun;
import org.mspportal.survey.domain.model.reporting.MspTable;
import org.mspportal.survey.domain.model.reporting.ReportScope;
import org.mspportal.survey.infrastructure.batch.MspRunLauncher;

/**
 * The msp-aggregation job against the demo council's data: its figures equal an independent SQL count
 * for several periods and scopes; a run stopped part-way and restarted counts nothing twice; running a
 * period again replaces its figures whole.
 */
@ExtendWith(ArquillianExtension.class)
class MspAggregationIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(MspAggregationIT.class, IndependentFigures.class);
    }

    @Inject
    MspRunLauncher control;

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void theJobsFiguresEqualAnIndependentSqlCountForSeveralPeriodsAndScopes() throws Exception {
        for (String[] periodAndScope : new String[][] {{"2025-26", "council"}, {"2026-27", "council"},
                {"2025-26 Q3", "council"}, {"2025-26", "team:1"}, {"2026-27 Q2", "team:2"}}) {
            ReportingPeriod period = ReportingPeriod.parse(periodAndScope[0]);
            ReportScope scope = ReportScope.parse(periodAndScope[1]);
            MspRun run = control.launch(period, scope, "integration-test", MspRunTuning.SERVER_SETTINGS);
            assertEquals(BatchStatus.COMPLETED, waitForEnd(run.getExecutionId()), periodAndScope[0]);
            Map<MspTable, Map<String, Map<String, Long>>> figures = published(period, scope);
            IndependentFigures expected = new IndependentFigures(dataSource, period.firstDay(), period.lastDay(),
                    scope.teamId());
            String what = period + " " + scope.key() + ": ";
            assertFalse(expected.sg4a().isEmpty(), what + "the demo council has concluded enquiries in the period");
            assertEquals(expected.sg4a(), figures.get(MspTable.SG4A), what + "SG4a");
            assertEquals(expected.sg1AgeBand(), figures.get(MspTable.SG1_AGE_BAND), what + "SG1a");
            assertEquals(expected.sg2TypeOfRisk(), figures.get(MspTable.SG2_TYPE_OF_RISK), what + "SG2a");
            assertEquals(expected.feelingSafe(), orEmpty(figures.get(MspTable.FEELING_SAFE)), what + "feeling safe");
            assertEquals(expected.feedbackAnswers(), orEmpty(figures.get(MspTable.FB_ANSWERS)), what + "feedback");
            assertEquals(expected.whoAnswered(), orEmpty(figures.get(MspTable.FB_WHO_ANSWERED)), what + "who answered");
            assertEquals(0, stagingRows(run.getJobInstanceId()), what + "nothing is left in staging");
        }
    }

    @Test
    void aRunStoppedPartWayAndRestartedCountsNothingTwiceAndReplacesThePeriodWhole() throws Exception {
        ReportingPeriod period = ReportingPeriod.parse("2025-26");
        ReportScope scope = ReportScope.COUNCIL;
        MspRun uninterrupted = control.launch(period, scope, "integration-test", MspRunTuning.SERVER_SETTINGS);
        assertEquals(BatchStatus.COMPLETED, waitForEnd(uninterrupted.getExecutionId()));
        Map<MspTable, Map<String, Map<String, Long>>> expected = published(period, scope);

        MspRun slow = control.launch(period, scope, "integration-test", MspReporting.tuning(3, 150L));
        JobOperator jobs = BatchRuntime.getJobOperator();
        await("the slow run to count 20 items").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> control.itemsDone(slow.getJobInstanceId()) >= 20);
        long doneWhenStopped = control.itemsDone(slow.getJobInstanceId());
        assertTrue(doneWhenStopped > 0 && doneWhenStopped < slow.getItemsExpected(), "stopped part-way: " + doneWhenStopped);
        jobs.stop(slow.getExecutionId());
        assertEquals(BatchStatus.STOPPED, waitForEnd(slow.getExecutionId()));
        assertEquals(expected, published(period, scope), "readers still see the last complete figures");

        MspRun resumed = control.restart(slow.getId());
        assertEquals(BatchStatus.COMPLETED, waitForEnd(resumed.getExecutionId()));
        assertEquals(1, resumed.getRestarts());
        assertEquals(expected, published(period, scope), "the same figures as the uninterrupted run");
        assertEquals(1, reportsFor(period, scope), "one report per period and scope");
        assertEquals(0, stagingRows(slow.getJobInstanceId()));
    }

    private static BatchStatus waitForEnd(long executionId) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return await("execution " + executionId + " to end").atMost(Duration.ofSeconds(120))
                .until(() -> jobs.getJobExecution(executionId).getBatchStatus(),
                        status -> status != BatchStatus.STARTING && status != BatchStatus.STARTED
                                && status != BatchStatus.STOPPING);
    }

    private Map<MspTable, Map<String, Map<String, Long>>> published(ReportingPeriod period, ReportScope scope)
            throws SQLException {
        Map<MspTable, Map<String, Map<String, Long>>> figures = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT f.table_code, f.row_key, f.column_key, f.figure FROM survey_msp_figure f"
                        + " JOIN survey_msp_report r ON r.id = f.report_id WHERE r.period_key = ? AND r.scope_key = ?")) {
            s.setString(1, period.key());
            s.setString(2, scope.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.computeIfAbsent(MspTable.valueOf(r.getString(1)), t -> new TreeMap<>())
                            .computeIfAbsent(r.getString(2), k -> new TreeMap<>()).put(r.getString(3), r.getLong(4));
                }
            }
        }
        return figures;
    }

    private long stagingRows(long jobInstanceId) throws SQLException {
        return count("SELECT COUNT(*) FROM survey_msp_staging WHERE job_instance_id = ?", jobInstanceId);
    }

    private long reportsFor(ReportingPeriod period, ReportScope scope) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM survey_msp_report WHERE period_key = ? AND scope_key = ?")) {
            s.setString(1, period.key());
            s.setString(2, scope.key());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, Map<String, Long>> orEmpty(Map<String, Map<String, Long>> table) {
        return table == null ? Map.of() : table;
    }
}
