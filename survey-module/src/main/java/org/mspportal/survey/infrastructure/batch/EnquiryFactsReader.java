package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                + " ORDER BY id FETCH FIRST " + page + " ROWS ONLY";
        List<Row> rows = new ArrayList<>(page);
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
                    String[] codes = new String[12];
                    for (int i = 0; i < codes.length; i++) {
                        codes[i] = r.getString(i + 5);
                    }
                    // Dates straight to LocalDate: through java.sql.Date each costs a Calendar.
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class),
                            r.getObject(4, LocalDate.class), codes));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.get(0).id;
        long last = rows.get(rows.size() - 1).id;
        // Both lists are in enquiry order: each child row is matched to its enquiry by walking along them.
        try (PreparedStatement s = c.prepareStatement("SELECT enquiry_id, type_of_risk FROM survey_enquiry_risk_type "
                + "WHERE enquiry_id BETWEEN ? AND ? ORDER BY enquiry_id")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                IdWalk<Row> walk = new IdWalk<>(rows, row -> row.id);
                while (r.next()) {
                    Row row = walk.to(r.getLong(1));
                    if (row != null) {
                        row.risks.add(r.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT enquiry_id, achievement FROM survey_desired_outcome "
                + "WHERE enquiry_id BETWEEN ? AND ? ORDER BY enquiry_id, position")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                IdWalk<Row> walk = new IdWalk<>(rows, row -> row.id);
                while (r.next()) {
                    Row row = walk.to(r.getLong(1));
                    if (row != null) {
                        row.achievements.add(r.getString(2));
                    }
                }
            }
        }
        List<EnquiryFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String[] code = row.codes;
            facts.add(new EnquiryFacts(row.id, row.teamId, row.startedOn, row.concludedOn, code[0], code[1], code[2],
                    code[3], row.risks, code[4], code[5], code[6], code[7], code[8], code[9], row.achievements,
                    code[10], code[11]));
        }
        return facts;
    }

    /** An enquiry's columns as read, gathering its types of risk and outcomes' assessments. */
    private static final class Row {
        final long id;
        final long teamId;
        final LocalDate startedOn;
        final LocalDate concludedOn;
        final String[] codes;
        final Set<String> risks = new HashSet<>(4);
        final List<String> achievements = new ArrayList<>(3);

        Row(long id, long teamId, LocalDate startedOn, LocalDate concludedOn, String[] codes) {
            this.id = id;
            this.teamId = teamId;
            this.startedOn = startedOn;
            this.concludedOn = concludedOn;
            this.codes = codes;
        }
    }
}
