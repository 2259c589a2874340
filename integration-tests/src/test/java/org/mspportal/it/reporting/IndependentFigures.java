package org.mspportal.it.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The same figures as the msp-aggregation job, counted another way: one SQL GROUP BY per table over
 * the tables themselves, written from the SAC guidance, sharing no code with the job.
 */
final class IndependentFigures {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DataSource dataSource;
    private final LocalDate from;
    private final LocalDate to;
    private final Long teamId;

    IndependentFigures(DataSource dataSource, LocalDate from, LocalDate to, Long teamId) {
        this.dataSource = dataSource;
        this.from = from;
        this.to = to;
        this.teamId = teamId;
    }

    private String team(String alias) {
        return teamId == null ? "" : " AND " + alias + ".team_id = " + teamId;
    }

    /** SG4a: concluded in the period; asked by achieved (NONE where not asked and expressed, or not all assessed). */
    Map<String, Map<String, Long>> sg4a() throws SQLException {
        return grouped("SELECT asked, achieved, COUNT(*) FROM ("
                + " SELECT COALESCE(e.msp_asked, 'NOT_RECORDED') AS asked,"
                + "  CASE WHEN e.msp_asked = 'ASKED_OUTCOMES_EXPRESSED' AND o.n > 0 AND o.unassessed = 0 THEN"
                + "   CASE WHEN o.fully = o.n THEN 'FULLY' WHEN o.nots = o.n THEN 'NOT' ELSE 'PARTIALLY' END"
                + "  ELSE 'NONE' END AS achieved"
                + " FROM survey_enquiry e LEFT JOIN (SELECT enquiry_id, COUNT(*) AS n,"
                + "   SUM(CASE WHEN achievement IS NULL THEN 1 ELSE 0 END) AS unassessed,"
                + "   SUM(CASE WHEN achievement = 'FULLY' THEN 1 ELSE 0 END) AS fully,"
                + "   SUM(CASE WHEN achievement = 'NOT' THEN 1 ELSE 0 END) AS nots"
                + "   FROM survey_desired_outcome GROUP BY enquiry_id) o ON o.enquiry_id = e.id"
                + " WHERE e.concluded_on BETWEEN ? AND ?" + team("e") + ") x GROUP BY asked, achieved", 2);
    }

    /** SG1a: started in the period, by age band. */
    Map<String, Map<String, Long>> sg1AgeBand() throws SQLException {
        return grouped("SELECT e.age_band, 'ALL', COUNT(*) FROM survey_enquiry e WHERE e.enquiry_started_on BETWEEN ? AND ?"
                + team("e") + " GROUP BY e.age_band", 2);
    }

    /** SG2a: concluded in the period, once under each type of risk. */
    Map<String, Map<String, Long>> sg2TypeOfRisk() throws SQLException {
        return grouped("SELECT t.type_of_risk, 'ALL', COUNT(*) FROM survey_enquiry e"
                + " JOIN survey_enquiry_risk_type t ON t.enquiry_id = e.id WHERE e.concluded_on BETWEEN ? AND ?"
                + team("e") + " GROUP BY t.type_of_risk", 2);
    }

    Map<String, Map<String, Long>> feelingSafe() throws SQLException {
        return grouped("SELECT e.feeling_safe_before, e.feeling_safe_after, COUNT(*) FROM survey_enquiry e"
                + " WHERE e.concluded_on BETWEEN ? AND ? AND e.feeling_safe_before IS NOT NULL"
                + " AND e.feeling_safe_after IS NOT NULL" + team("e")
                + " GROUP BY e.feeling_safe_before, e.feeling_safe_after", 2);
    }

    /** Feedback sent in the period (UK days): each question by answer; the person's own outcomes together. */
    Map<String, Map<String, Long>> feedbackAnswers() throws SQLException {
        return grouped("SELECT question, choice, COUNT(*) FROM ("
                + " SELECT CASE WHEN p.step_key LIKE 'outcome-%' THEN 'OUTCOME_HAPPENED' ELSE p.step_key END AS question,"
                + "  p.choice AS choice"
                + " FROM survey_feedback_reply p JOIN survey_feedback_response r ON r.id = p.response_id"
                + " JOIN survey_enquiry e ON e.id = r.enquiry_id"
                + " WHERE r.submitted_at >= ? AND r.submitted_at < ? AND p.choice IS NOT NULL" + team("e")
                + " AND (p.step_key LIKE 'outcome-%' OR p.step_key IN ('GOT_OUTCOMES', 'CHANCE_TO_SAY', 'LISTENED_TO',"
                + "  'ACTED_ON_WISHES', 'SAFE_AS_WANTED', 'HAPPIER'))) x GROUP BY question, choice", 1);
    }

    Map<String, Map<String, Long>> whoAnswered() throws SQLException {
        return grouped("SELECT COALESCE(r.answered_by, 'NOT_RECORDED'), 'ALL', COUNT(*) FROM survey_feedback_response r"
                + " JOIN survey_enquiry e ON e.id = r.enquiry_id WHERE r.submitted_at >= ? AND r.submitted_at < ?"
                + team("e") + " GROUP BY COALESCE(r.answered_by, 'NOT_RECORDED')", 1);
    }

    /** @param bounds 2: the two dates of a BETWEEN; 1: the period as instants in UK time, from inclusive, until exclusive */
    private Map<String, Map<String, Long>> grouped(String sql, int bounds) throws SQLException {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (bounds == 2) {
                s.setObject(1, from);
                s.setObject(2, to);
            } else {
                s.setObject(1, from.atStartOfDay(UK).toOffsetDateTime());
                s.setObject(2, to.plusDays(1).atStartOfDay(UK).toOffsetDateTime());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    table.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
                }
            }
        }
        return table;
    }
}
