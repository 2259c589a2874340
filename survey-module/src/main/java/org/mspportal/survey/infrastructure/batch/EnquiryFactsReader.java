package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.EnquiryFacts;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** The enquiries of one range of ids started or concluded in the period (of one team, if the scope is a team). */
@Named
@Dependent
public class EnquiryFactsReader extends KeysetReader<EnquiryFacts> {

    @Override
    long idOf(EnquiryFacts item) {
        return item.id();
    }

    @Override
    List<EnquiryFacts> fetch(Connection c, long afterId) throws SQLException {
        ReportScope reportScope = ReportScope.parse(scope);
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        Date from = Date.valueOf(reportingPeriod.firstDay());
        Date to = Date.valueOf(reportingPeriod.lastDay());
        String sql = "SELECT id, team_id, enquiry_started_on, concluded_on, age_band, gender, ethnicity, "
                + "primary_support_reason, location_of_risk, source_of_risk, risk_assessment_action, risk_outcome, "
                + "mental_capacity, msp_asked, feeling_safe_before, feeling_safe_after FROM survey_enquiry "
                + "WHERE id > ? AND id <= ? AND (enquiry_started_on BETWEEN ? AND ? OR concluded_on BETWEEN ? AND ?)"
                + (reportScope.isCouncil() ? "" : " AND team_id = ?")
                + " ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY";
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, afterId);
            s.setLong(2, lastId);
            s.setDate(3, from);
            s.setDate(4, to);
            s.setDate(5, from);
            s.setDate(6, to);
            if (!reportScope.isCouncil()) {
                s.setLong(7, reportScope.teamId());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[16];
                    for (int i = 0; i < row.length; i++) {
                        // Dates straight to LocalDate: through java.sql.Date each costs a Calendar.
                        row[i] = i == 2 || i == 3 ? r.getObject(i + 1, LocalDate.class) : r.getObject(i + 1);
                    }
                    rows.put(r.getLong(1), row);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.keySet().iterator().next();
        long last = rows.keySet().stream().reduce((a, b) -> b).orElseThrow();
        Map<Long, Set<String>> risks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT enquiry_id, type_of_risk FROM survey_enquiry_risk_type WHERE enquiry_id BETWEEN ? AND ?")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (rows.containsKey(r.getLong(1))) {
                        risks.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
                    }
                }
            }
        }
        Map<Long, List<String>> achievements = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT enquiry_id, achievement FROM survey_desired_outcome "
                + "WHERE enquiry_id BETWEEN ? AND ? ORDER BY enquiry_id, position")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (rows.containsKey(r.getLong(1))) {
                        achievements.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
        }
        List<EnquiryFacts> facts = new ArrayList<>(rows.size());
        for (Object[] row : rows.values()) {
            long id = ((Number) row[0]).longValue();
            facts.add(new EnquiryFacts(id, ((Number) row[1]).longValue(), day(row[2]), day(row[3]), (String) row[4],
                    (String) row[5], (String) row[6], (String) row[7], risks.getOrDefault(id, Set.of()),
                    (String) row[8], (String) row[9], (String) row[10], (String) row[11], (String) row[12],
                    (String) row[13], achievements.getOrDefault(id, List.of()), (String) row[14], (String) row[15]));
        }
        return facts;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
