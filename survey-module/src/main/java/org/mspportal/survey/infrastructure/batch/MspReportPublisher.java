package org.mspportal.survey.infrastructure.batch;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/**
 * Publishes a run's figures in one transaction: the period's old report goes, the new one comes with
 * every figure summed from the staging rows, and the staging rows go. Readers see the old report or
 * the new one, never half of either.
 */
@Stateless
@PermitAll
public class MspReportPublisher {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Clock clock;

    public void publish(long jobInstanceId, ReportingPeriod period, ReportScope scope) {
        em.createNativeQuery("DELETE FROM survey_msp_report WHERE period_key = ?1 AND scope_key = ?2")
                .setParameter(1, period.key()).setParameter(2, scope.key()).executeUpdate();
        em.createNativeQuery("INSERT INTO survey_msp_report (period_key, scope_key, period_start, period_end, "
                        + "job_instance_id, produced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, period.key()).setParameter(2, scope.key()).setParameter(3, period.firstDay())
                .setParameter(4, period.lastDay()).setParameter(5, jobInstanceId)
                .setParameter(6, clock.instant()).executeUpdate();
        em.createNativeQuery("INSERT INTO survey_msp_figure (report_id, table_code, row_key, column_key, figure) "
                        + "SELECT r.id, s.table_code, s.row_key, s.column_key, SUM(s.figure) "
                        + "FROM survey_msp_staging s JOIN survey_msp_report r ON r.period_key = ?1 AND r.scope_key = ?2 "
                        + "WHERE s.job_instance_id = ?3 AND s.table_code <> ?4 "
                        + "GROUP BY r.id, s.table_code, s.row_key, s.column_key")
                .setParameter(1, period.key()).setParameter(2, scope.key()).setParameter(3, jobInstanceId)
                .setParameter(4, MspAggregationJob.ITEMS).executeUpdate();
        em.createNativeQuery("DELETE FROM survey_msp_staging WHERE job_instance_id = ?1")
                .setParameter(1, jobInstanceId).executeUpdate();
    }
}
