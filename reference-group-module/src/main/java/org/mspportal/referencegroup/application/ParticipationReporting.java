package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.reporting.SmallNumbers;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.participation.ParticipationFigure;
import org.mspportal.referencegroup.domain.model.participation.ParticipationMeasure;
import org.mspportal.referencegroup.domain.model.participation.ParticipationReport;

/**
 * The Board's reference group participation figures: made by the {@code rg-participation} job (on demand
 * here, and nightly), read suppressed. Facilitators, leads and administrators.
 */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class ParticipationReporting {

    public static final String JOB = "rg-participation";
    /** Financial years the Board page offers: this one and the two before, as the MSP figures do. */
    static final int BOARD_YEARS = 3;

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    JobRuns jobs;

    /** Starts the job for a period; the page follows it by its status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String periodKey) {
        ReportingPeriod period = parse(periodKey);
        Properties parameters = new Properties();
        parameters.setProperty("period", period.key());
        long execution = jobs.start(JOB, parameters);
        audit.record("STARTED_RG_PARTICIPATION_FIGURES", period.key(), "execution " + execution);
        return execution;
    }

    /** The status of the newest run for the period: STARTING, STARTED, COMPLETED, FAILED..., or null if none. */
    public String latestStatus(String periodKey) {
        String key = parse(periodKey).key();
        JobOperator jobs = BatchRuntime.getJobOperator();
        if (!jobs.getJobNames().contains(JOB)) {
            return null;
        }
        int count = jobs.getJobInstanceCount(JOB);
        return jobs.getJobInstances(JOB, 0, Math.min(count, 50)).stream()
                .flatMap(i -> jobs.getJobExecutions(i).stream())
                .filter(e -> key.equals(e.getJobParameters().getProperty("period")))
                .max(Comparator.comparing(JobExecution::getCreateTime))
                .map(JobExecution::getBatchStatus).map(BatchStatus::name).orElse(null);
    }

    public ParticipationTables figures(String periodKey) {
        String key = parse(periodKey).key();
        ParticipationReport report = em.find(ParticipationReport.class, key);
        Map<ParticipationMeasure, List<ParticipationTables.Row>> rows = new LinkedHashMap<>();
        for (ParticipationMeasure measure : ParticipationMeasure.values()) {
            rows.put(measure, new ArrayList<>());
        }
        em.createNamedQuery("ParticipationFigure.ofPeriod", ParticipationFigure.class).setParameter("period", key).getResultList()
                .forEach(f -> rows.get(f.getMeasure()).add(new ParticipationTables.Row(f.getFigureKey(), SmallNumbers.shown(f.getCount()))));
        List<ParticipationTables.Table> tables = rows.entrySet().stream()
                .map(e -> new ParticipationTables.Table(e.getKey().label(), e.getKey().keyLabel(), e.getValue())).toList();
        audit.record("VIEWED_RG_PARTICIPATION_FIGURES", key, null);
        return new ParticipationTables(key, report == null ? null : report.getMadeAt(), tables, SmallNumbers.NOTE);
    }

    /** The current financial year and the three before it, newest first. */
    public List<ReportingPeriod> periods() {
        return ReportingPeriod.recent(UkTime.today(clock), BOARD_YEARS);
    }

    private static ReportingPeriod parse(String key) {
        try {
            return ReportingPeriod.parse(key);
        } catch (IllegalArgumentException e) {
            throw new Refusal("Choose a financial year, like 2026-27, or a quarter, like 2026-27 Q3.");
        }
    }
}
