package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.reporting.FeedbackFacts;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** The feedback responses of one range of ids sent in the period (UK days), with their choices only: never their words. */
@Named
@Dependent
public class FeedbackFactsReader extends KeysetReader<FeedbackFacts> {

    private final SharedCodes codes = new SharedCodes();

    @Override
    long idOf(FeedbackFacts item) {
        return item.id();
    }

    @Override
    List<FeedbackFacts> fetch(Connection c, long afterId) throws SQLException {
        ReportScope reportScope = run.scope();
        ReportingPeriod reportingPeriod = run.period();
        OffsetDateTime from = reportingPeriod.firstDay().atStartOfDay(UkTime.ZONE).toOffsetDateTime();
        OffsetDateTime until = reportingPeriod.lastDay().plusDays(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime();
        String sql = "SELECT r.id, e.team_id, r.submitted_at, r.answered_by FROM survey_feedback_response r "
                + "JOIN survey_enquiry e ON e.id = r.enquiry_id "
                + "WHERE r.id > ? AND r.id <= ? AND r.submitted_at >= ? AND r.submitted_at < ?"
                + (reportScope.isCouncil() ? "" : " AND e.team_id = ?")
                + " ORDER BY r.id FETCH FIRST " + page + " ROWS ONLY";
        List<FeedbackFacts> responses = new ArrayList<>(page);
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
                    responses.add(new FeedbackFacts(r.getLong(1), r.getLong(2), r.getObject(3, OffsetDateTime.class)
                            .atZoneSameInstant(UkTime.ZONE).toLocalDate(), codes.of(r.getString(4)), new HashMap<>(16)));
                }
            }
        }
        if (responses.isEmpty()) {
            return List.of();
        }
        // Only the replies of responses sent in the period, not of every response in the page's range of ids.
        try (PreparedStatement s = c.prepareStatement("SELECT p.response_id, p.step_key, p.choice FROM survey_feedback_reply p "
                + "JOIN survey_feedback_response r ON r.id = p.response_id WHERE p.response_id BETWEEN ? AND ? "
                + "AND r.id BETWEEN ? AND ? AND r.submitted_at >= ? AND r.submitted_at < ? ORDER BY p.response_id")) {
            long first = responses.get(0).id();
            long last = responses.get(responses.size() - 1).id();
            s.setLong(1, first);
            s.setLong(2, last);
            s.setLong(3, first);
            s.setLong(4, last);
            s.setObject(5, from);
            s.setObject(6, until);
            try (ResultSet r = s.executeQuery()) {
                // Both in response order: each reply is matched to its response by walking along them.
                IdWalk<FeedbackFacts> walk = new IdWalk<>(responses, IdWalk.idsOf(responses, FeedbackFacts::id));
                while (r.next()) {
                    FeedbackFacts response = walk.to(r.getLong(1));
                    if (response != null) {
                        response.choices().put(codes.of(r.getString(2)), codes.of(r.getString(3)));
                    }
                }
            }
        }
        return responses;
    }
}
