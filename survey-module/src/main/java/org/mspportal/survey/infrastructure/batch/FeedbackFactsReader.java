package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.FeedbackFacts;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** The feedback responses of one range of ids sent in the period (UK days), with their choices only: never their words. */
@Named
@Dependent
public class FeedbackFactsReader extends KeysetReader<FeedbackFacts> {

    @Override
    long idOf(FeedbackFacts item) {
        return item.id();
    }

    @Override
    List<FeedbackFacts> fetch(Connection c, long afterId) throws SQLException {
        ReportScope reportScope = ReportScope.parse(scope);
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        OffsetDateTime from = reportingPeriod.firstDay().atStartOfDay(ReportingPeriod.UK).toOffsetDateTime();
        OffsetDateTime until = reportingPeriod.lastDay().plusDays(1).atStartOfDay(ReportingPeriod.UK).toOffsetDateTime();
        String sql = "SELECT r.id, e.team_id, r.submitted_at, r.answered_by FROM survey_feedback_response r "
                + "JOIN survey_enquiry e ON e.id = r.enquiry_id "
                + "WHERE r.id > ? AND r.id <= ? AND r.submitted_at >= ? AND r.submitted_at < ?"
                + (reportScope.isCouncil() ? "" : " AND e.team_id = ?")
                + " ORDER BY r.id FETCH FIRST " + PAGE + " ROWS ONLY";
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, afterId);
            s.setLong(2, lastId);
            s.setObject(3, from);
            s.setObject(4, until);
            if (!reportScope.isCouncil()) {
                s.setLong(5, reportScope.teamId());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getLong(1), new Object[] {r.getLong(2), r.getObject(3, OffsetDateTime.class), r.getString(4)});
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.keySet().iterator().next();
        long last = rows.keySet().stream().reduce((a, b) -> b).orElseThrow();
        Map<Long, Map<String, String>> choices = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT response_id, step_key, choice FROM survey_feedback_reply WHERE response_id BETWEEN ? AND ?")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (rows.containsKey(r.getLong(1))) {
                        choices.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                    }
                }
            }
        }
        List<FeedbackFacts> facts = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> facts.add(new FeedbackFacts(id, (Long) row[0],
                ((OffsetDateTime) row[1]).atZoneSameInstant(ReportingPeriod.UK).toLocalDate(), (String) row[2],
                choices.getOrDefault(id, Map.of()))));
        return facts;
    }
}
