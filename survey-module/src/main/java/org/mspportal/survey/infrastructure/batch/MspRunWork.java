package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** What a run of the figures goes through: its partitions' id ranges, how many items, and how many it has counted. */
@ApplicationScoped
public class MspRunWork {

    @Resource(lookup = MspAggregationJob.DATASOURCE)
    DataSource dataSource;

    /** The table's ids split into the partitions' ranges, fixed at launch so that a restart reads the same ones. */
    List<long[]> idRanges(String table) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id) FROM " + table);
             ResultSet r = s.executeQuery()) {
            r.next();
            return IdRanges.parse(r.getObject(1) == null ? IdRanges.split(1, 0, 1)
                    : IdRanges.split(r.getLong(1), r.getLong(2), MspAggregationJob.PARTITIONS));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not split the run's work", e);
        }
    }

    /** Enquiries started or concluded, and responses sent, in the period: what the run will go through. */
    long itemsIn(ReportingPeriod period, ReportScope scope) {
        String team = scope.isCouncil() ? "" : " AND e.team_id = " + scope.teamId();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM survey_enquiry e WHERE "
                    + "(e.enquiry_started_on BETWEEN ? AND ? OR e.concluded_on BETWEEN ? AND ?)" + team)) {
                Date from = Date.valueOf(period.firstDay());
                Date to = Date.valueOf(period.lastDay());
                s.setDate(1, from);
                s.setDate(2, to);
                s.setDate(3, from);
                s.setDate(4, to);
                total = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM survey_feedback_response r "
                    + "JOIN survey_enquiry e ON e.id = r.enquiry_id WHERE r.submitted_at >= ? AND r.submitted_at < ?" + team)) {
                s.setObject(1, period.firstDay().atStartOfDay(UkTime.ZONE).toOffsetDateTime());
                s.setObject(2, period.lastDay().plusDays(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime());
                total += single(s);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the run's work", e);
        }
    }

    /** Items counted so far, from the staging rows of committed chunks. */
    long itemsDone(long jobInstanceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(figure), 0) FROM survey_msp_staging "
                     + "WHERE job_instance_id = ? AND table_code = ?")) {
            s.setLong(1, jobInstanceId);
            s.setString(2, MspAggregationJob.ITEMS);
            return single(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the run's progress", e);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
