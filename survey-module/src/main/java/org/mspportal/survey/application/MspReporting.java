package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.team.Teams;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.reporting.MspRun;
import org.mspportal.survey.domain.model.reporting.MspTable;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** Safeguarding leads run the MSP aggregation, follow its progress, restart a failed run and read the figures. */
@Stateless
@RolesAllowed({PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class MspReporting {

    static final int RUNS_LISTED = 20;

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    MspRuns control;

    @Inject
    MspReportFiles files;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalSettings settings;

    @Resource
    SessionContext session;

    /**
     * Starts a run for a period ({@code 2026-27} or {@code 2026-27 Q3}) and a scope ({@code council} or
     * {@code team:<id>}). Tuning (chunk size, pause) is for operators and tests; leads leave it empty.
     */
    public MspRunView start(String periodKey, String scopeKey, MspRunTuning tuning) {
        ReportingPeriod period;
        ReportScope scope;
        try {
            period = ReportingPeriod.parse(periodKey);
            scope = ReportScope.parse(scopeKey);
        } catch (IllegalArgumentException e) {
            throw new Refusal("Choose a financial year or quarter, and the council or one team.");
        }
        if (period.firstDay().isAfter(UkTime.today(clock))) {
            throw new Refusal("That period has not started yet.");
        }
        if (!scope.isCouncil() && teams.find(scope.teamId()).isEmpty()) {
            throw new Refusal("Choose one of the council's teams.");
        }
        if (runs().stream().anyMatch(r -> r.running() && r.period().equals(period.key()) && r.scope().equals(label(scope)))) {
            throw new Refusal("The figures for " + period + " (" + label(scope) + ") are being made already.");
        }
        MspRun run = control.launch(period, scope, session.getCallerPrincipal().getName(),
                tuning == null ? MspRunTuning.SERVER_SETTINGS : tuning);
        audit.record("STARTED_MSP_AGGREGATION", period.key(), scope.key());
        return view(run);
    }

    public MspRunView restart(long runId) {
        MspRun run = Optional.ofNullable(em.find(MspRun.class, runId))
                .orElseThrow(() -> new Refusal("There is no such run."));
        if (!view(run).restartable()) {
            throw new Refusal("Only a run that failed or was stopped can be restarted.");
        }
        MspRun restarted = control.restart(runId);
        audit.record("RESTARTED_MSP_AGGREGATION", run.getPeriod().key(), run.getScope().key());
        return view(restarted);
    }

    public List<MspRunView> runs() {
        return em.createNamedQuery("MspRun.latest", MspRun.class).setMaxResults(RUNS_LISTED).getResultStream()
                .map(this::view).toList();
    }

    /** The published figures of a period and scope, read in one statement so a run publishing meanwhile is not half seen. */
    public Optional<MspReport> report(String periodKey, String scopeKey) {
        ReportingPeriod period = ReportingPeriod.parse(periodKey);
        ReportScope scope = ReportScope.parse(scopeKey);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.produced_at, f.table_code, f.row_key, f.column_key, f.figure "
                        + "FROM survey_msp_report r LEFT JOIN survey_msp_figure f ON f.report_id = r.id "
                        + "WHERE r.period_key = ?1 AND r.scope_key = ?2")
                .setParameter(1, period.key()).setParameter(2, scope.key()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<MspTable, Map<String, Map<String, Long>>> figures = new TreeMap<>();
        Instant producedAt = null;
        for (Object[] row : rows) {
            producedAt = instant(row[0]);
            if (row[1] != null) {
                figures.computeIfAbsent(MspTable.valueOf((String) row[1]), t -> new TreeMap<>())
                        .computeIfAbsent((String) row[2], r -> new TreeMap<>())
                        .put((String) row[3], ((Number) row[4]).longValue());
            }
        }
        audit.record("VIEWED_MSP_REPORT", period.key(), scope.key());
        return Optional.of(new MspReport(period.key(), label(scope), producedAt, figures));
    }

    /** The report as a downloadable file: every table, suppressed, in CSV, XLSX or PDF. Audited. */
    public Optional<MspExport> export(String periodKey, String scopeKey, MspExport.Format format) {
        return report(periodKey, scopeKey).map(report -> {
            Map<Long, String> teamNames = teams.all().stream()
                    .collect(java.util.stream.Collectors.toMap(t -> t.getId(), t -> t.getName()));
            MspExport file = files.write(report, MspTableView.all(report, teamNames), format, settings.councilName());
            audit.record("EXPORTED_MSP_REPORT", report.period(), scopeKey + " " + format.name());
            return file;
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private MspRunView view(MspRun run) {
        BatchStatus status = control.status(run);
        long done = status == BatchStatus.COMPLETED ? run.getItemsExpected() : control.itemsDone(run.getJobInstanceId());
        return new MspRunView(run.getId(), run.getPeriod().key(), label(run.getScope()), run.getRequestedBy(),
                run.getRequestedAt(), status, done, run.getItemsExpected(), run.getFailureReason(), run.getRestarts());
    }

    String label(ReportScope scope) {
        return scope.isCouncil() ? "Whole council"
                : teams.find(scope.teamId()).map(t -> t.getName()).orElse("Team " + scope.teamId());
    }

    /** Tuning a test or an operator may pass. */
    public static MspRunTuning tuning(Integer chunkSize, Long pauseMillis) {
        return new MspRunTuning(chunkSize, pauseMillis);
    }
}
