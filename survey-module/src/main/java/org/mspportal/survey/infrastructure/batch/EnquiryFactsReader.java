package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.EnquiryFacts;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** The enquiries of one range of ids started or concluded in the period (of one team, if the scope is a team). */
@Named
@Dependent
public class EnquiryFactsReader extends KeysetReader<EnquiryFacts> {

    private final SharedCodes codes = new SharedCodes();

    @Override
    long idOf(EnquiryFacts item) {
        return item.id();
    }

    @Override
    List<EnquiryFacts> fetch(Connection c, long afterId) throws SQLException {
        List<Row> rows = readEnquiries(c, afterId);
        if (rows.isEmpty()) {
            return List.of();
        }
        long[] ids = IdWalk.idsOf(rows, row -> row.id);
        // Child rows are read by the page's range of ids, in enquiry order, and matched by walking along the page:
        // reading only the children of the page's own enquiries (by = ANY or a join) cost the database more.
        readChildren(c, "SELECT enquiry_id, type_of_risk FROM survey_enquiry_risk_type WHERE enquiry_id BETWEEN ? AND ? "
                + "ORDER BY enquiry_id", rows, ids, (row, risk) -> row.risks.add(risk));
        readChildren(c, "SELECT enquiry_id, achievement FROM survey_desired_outcome WHERE enquiry_id BETWEEN ? AND ? "
                + "ORDER BY enquiry_id, position", rows, ids, (row, achievement) -> row.achievements.add(achievement));
        List<EnquiryFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            facts.add(row.facts());
        }
        return facts;
    }

    private List<Row> readEnquiries(Connection c, long afterId) throws SQLException {
        ReportScope reportScope = run.scope();
        ReportingPeriod reportingPeriod = run.period();
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
                    String[] columns = new String[12];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = codes.of(r.getString(i + 5));
                    }
                    // Dates straight to LocalDate: through java.sql.Date each costs a Calendar.
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class),
                            r.getObject(4, LocalDate.class), columns));
                }
            }
        }
        return rows;
    }

    /** Reads (enquiry id, code) rows of the page's range of ids and hands each code to its enquiry's row. */
    private void readChildren(Connection c, String sql, List<Row> rows, long[] ids, BiConsumer<Row, String> add)
            throws SQLException {
        IdWalk<Row> walk = new IdWalk<>(rows, ids);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, ids[0]);
            s.setLong(2, ids[ids.length - 1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = walk.to(r.getLong(1));
                    if (row != null) {
                        add.accept(row, codes.of(r.getString(2)));
                    }
                }
            }
        }
    }

    /** An enquiry's columns as read, gathering its types of risk and outcomes' assessments. */
    private static final class Row {
        final long id;
        final long teamId;
        final LocalDate startedOn;
        final LocalDate concludedOn;
        final String[] codes;
        // Each type once: it is the child table's key with the enquiry.
        final List<String> risks = new ArrayList<>(3);
        final List<String> achievements = new ArrayList<>(3);

        Row(long id, long teamId, LocalDate startedOn, LocalDate concludedOn, String[] codes) {
            this.id = id;
            this.teamId = teamId;
            this.startedOn = startedOn;
            this.concludedOn = concludedOn;
            this.codes = codes;
        }

        EnquiryFacts facts() {
            return new EnquiryFacts(id, teamId, startedOn, concludedOn, codes[0], codes[1], codes[2], codes[3], risks,
                    codes[4], codes[5], codes[6], codes[7], codes[8], codes[9], achievements, codes[10], codes[11]);
        }
    }
}
