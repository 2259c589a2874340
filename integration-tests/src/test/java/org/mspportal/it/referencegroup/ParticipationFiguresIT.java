package org.mspportal.it.referencegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Properties;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.time.UkTime;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The rg-participation job, run inside the server for this financial year: its figures equal an
 * independent SQL count over the same tables; running it again replaces the period's figures (nothing
 * counted twice); the page shows them suppressed, with the note.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipationFiguresIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(ParticipationFiguresIT.class, PortalHttpClient.class, Portal.class);
    }

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void theJobsFiguresEqualAnIndependentCountAndARunAgainReplacesThem() throws Exception {
        ReportingPeriod year = ReportingPeriod.yearOf(UkTime.dayOf(java.time.Instant.now()));
        Timestamp from = Timestamp.from(ZonedDateTime.of(year.firstDay().atStartOfDay(), UkTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(ZonedDateTime.of(year.lastDay().plusDays(1).atStartOfDay(), UkTime.ZONE).toInstant());
        Timestamp now = new Timestamp(System.currentTimeMillis());

        run(year.key());
        long figureRows = count("SELECT COUNT(*) FROM rg_participation_figure WHERE period = ?", year.key());
        run(year.key());
        assertEquals(figureRows, count("SELECT COUNT(*) FROM rg_participation_figure WHERE period = ?", year.key()),
                "a second run replaces the period's figures");

        assertEquals(count("SELECT COUNT(*) FROM rg_session_invitation i JOIN rg_session s ON s.id = i.session_id"
                        + " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.starts_at < ?", from, to, now),
                figure(year.key(), "INVITED"));
        assertEquals(count("SELECT COUNT(*) FROM rg_session_invitation i JOIN rg_session s ON s.id = i.session_id"
                        + " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.starts_at < ? AND i.attended = TRUE", from, to, now),
                figure(year.key(), "ATTENDED"));
        assertEquals(count("SELECT COUNT(DISTINCT s.id) FROM rg_session s JOIN rg_session_invitation i ON i.session_id = s.id"
                        + " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.starts_at < ?", from, to, now),
                figure(year.key(), "SESSIONS_HELD"));
        assertEquals(count("SELECT COUNT(DISTINCT i.member_id) FROM rg_session_invitation i JOIN rg_session s ON s.id = i.session_id"
                        + " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.starts_at < ? AND i.attended = TRUE", from, to, now),
                figure(year.key(), "MEMBERS_TAKING_PART"));
        long suggestions = count("SELECT COUNT(*) FROM rg_suggestion WHERE created_at >= ? AND created_at < ?", from, to);
        assertTrue(suggestions > 0, "the demo and the other tests made suggestions this year");
        assertEquals(suggestions, figure(year.key(), "SUGGESTIONS"));
        assertEquals(suggestions, figure(year.key(), "SUGGESTION_STATUS"));
        assertEquals(count("SELECT COUNT(*) FROM rg_session_feedback f JOIN rg_session s ON s.id = f.session_id"
                + " WHERE s.starts_at >= ? AND s.starts_at < ?", from, to), figure(year.key(), "FELT_LISTENED_TO"));

        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        String page = lead.get("/reference-group/participation.xhtml?period=" + year.key().replace(" ", "+")).body();
        assertTrue(page.contains("Counts of 0 to 4 are shown as *"), "the page says how figures are suppressed");
        assertThat(page).contains("Attendances at sessions");
        assertFalse(page.matches("(?s).*<td>[1-4]</td>.*"), "no count of 1 to 4 is shown");
    }

    private void run(String period) throws InterruptedException {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("period", period);
        long execution = jobs.start("rg-participation", parameters);
        await("the participation run to end").atMost(Duration.ofSeconds(30))
                .until(() -> jobs.getJobExecution(execution).getEndTime() != null);
        assertEquals(BatchStatus.COMPLETED, jobs.getJobExecution(execution).getBatchStatus());
    }

    /** The sum of a measure's figures: every counted item falls under exactly one key. */
    private long figure(String period, String measure) throws Exception {
        return count("SELECT COALESCE(SUM(figure_count), 0) FROM rg_participation_figure WHERE period = ? AND measure = ?",
                period, measure);
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
