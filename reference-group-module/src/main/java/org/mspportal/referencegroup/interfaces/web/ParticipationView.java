package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.application.ParticipationReporting;
import org.mspportal.referencegroup.application.ParticipationTables;

/** The Board's participation figures for a period: make them now, follow the run, read them suppressed. */
@Named
@RequestScoped
public class ParticipationView {

    @Inject
    ParticipationReporting reporting;

    private String period;
    private ParticipationTables figures;
    private String status;
    private List<ReportingPeriod> periods;

    public void load() {
        periods = reporting.periods();
        if (period == null || periods.stream().noneMatch(p -> p.key().equals(period))) {
            period = periods.get(0).key();
        }
        figures = reporting.figures(period);
        status = reporting.latestStatus(period);
    }

    public void make() throws IOException {
        try {
            reporting.start(period);
            Forms.redirect("participation.xhtml?period=" + URLEncoder.encode(period, StandardCharsets.UTF_8),
                    "The figures are being made. This takes a few seconds: refresh the page to see them.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public ParticipationTables getFigures() {
        return figures;
    }

    public String getStatus() {
        return status;
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }
}
