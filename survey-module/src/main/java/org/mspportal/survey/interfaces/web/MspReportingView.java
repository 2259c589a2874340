package org.mspportal.survey.interfaces.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.team.Teams;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.application.MspExport;
import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspReporting;
import org.mspportal.survey.application.MspRunView;
import org.mspportal.survey.application.MspTableView;
import org.mspportal.survey.domain.model.reporting.MspTable;

/** The leads' page for Making Safeguarding Personal figures: make them, follow the run, read them. */
@Named
@ViewScoped
public class MspReportingView implements Serializable {

    /** Financial years a lead can choose from: this one and the two before. */
    static final int BOARD_YEARS = 3;

    private static final long serialVersionUID = 1L;
    private static final String RUNS = MspReportingView.class.getName() + ".runs";
    static final List<MspTable> SHOWN = List.of(MspTable.SG4A, MspTable.SG4A_BY_QUARTER, MspTable.FB_ANSWERS,
            MspTable.FB_WHO_ANSWERED, MspTable.FEELING_SAFE, MspTable.FB_FEELING_SAFE_NOW);
    /** The tables drawn as charts too, with the chart's title. */
    static final Map<MspTable, String> CHARTED = Map.of(
            MspTable.SG4A_BY_QUARTER, "Outcomes achieved, by quarter (% of people who expressed outcomes)",
            MspTable.FB_ANSWERS, "Answers to each feedback question (% of people who answered it)",
            MspTable.FEELING_SAFE, "Feeling safe at closure, by how safe people felt at first contact (%)");

    @Inject
    transient MspReporting reporting;

    @Inject
    transient Teams teams;

    @Inject
    transient Clock clock;

    private String period;
    private String scope = "council";
    private transient Optional<MspReport> report;

    /** This year and the two before, each with its quarters so far. */
    public List<SelectItem> getPeriods() {
        return ReportingPeriod.recent(UkTime.today(clock), BOARD_YEARS).stream()
                .map(p -> new SelectItem(p.key(), p.label())).toList();
    }

    public List<SelectItem> getScopes() {
        List<SelectItem> scopes = new ArrayList<>();
        scopes.add(new SelectItem("council", "Whole council"));
        teams.all().forEach(t -> scopes.add(new SelectItem("team:" + t.getId(), t.getName())));
        return scopes;
    }

    public void run() {
        try {
            MspRunView started = reporting.start(period(), scope, null);
            forgetRuns();
            report = null;
            info("Making the figures for " + started.period() + " (" + started.scope() + "). You can follow the run below.");
        } catch (Refusal e) {
            FacesContext.getCurrentInstance().addMessage("makeFigures:period",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void restart(long runId) {
        try {
            MspRunView restarted = reporting.restart(runId);
            forgetRuns();
            info("Restarted the run for " + restarted.period() + ": it carries on from where it stopped.");
        } catch (Refusal e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Called by the page's poll: fresh progress, and fresh figures once a run finishes. */
    public void refresh() {
        boolean wasRunning = getAnyRunning();
        forgetRuns();
        if (wasRunning && !getAnyRunning()) {
            report = null;
        }
    }

    public void download(String format) throws java.io.IOException {
        Optional<MspExport> file = reporting.export(period(), scope, MspExport.Format.valueOf(format));
        if (file.isEmpty()) {
            info("No figures have been made for this period yet.");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.get().contentType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.get().fileName() + "\"");
        external.setResponseContentLength(file.get().content().length);
        external.getResponseOutputStream().write(file.get().content());
        faces.responseComplete();
    }

    /** Read afresh on every request (runs move on between them), once per request. */
    @SuppressWarnings("unchecked")
    public List<MspRunView> getRuns() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (List<MspRunView>) request.computeIfAbsent(RUNS, k -> reporting.runs());
    }

    public boolean getAnyRunning() {
        return getRuns().stream().anyMatch(MspRunView::running);
    }

    public Optional<MspReport> getReport() {
        if (report == null) {
            report = reporting.report(period(), scope);
        }
        return report;
    }

    public List<MspTableView> getTables() {
        return getReport().map(r -> SHOWN.stream().map(t -> MspTableView.of(r, t)).toList()).orElse(List.of());
    }

    /** A chart's Chart.js configuration, for tables that have a chart; null otherwise. */
    public String chart(MspTableView table) {
        String title = CHARTED.get(table.table());
        return title == null || table.rows().isEmpty() ? null : MspCharts.stackedShares(table, title);
    }

    private static void forgetRuns() {
        FacesContext.getCurrentInstance().getAttributes().remove(RUNS);
    }

    private String period() {
        if (period == null) {
            period = ReportingPeriod.yearOf(UkTime.today(clock)).key();
        }
        return period;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getPeriod() {
        return period();
    }

    public void setPeriod(String period) {
        this.period = period;
        this.report = null;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
        this.report = null;
    }
}
