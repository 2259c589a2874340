package org.mspportal.survey.infrastructure.batch;


import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mspportal.core.reporting.ReportingNight;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.application.MspRunTuning;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/**
 * Every night (the core's {@link ReportingNight}, at {@code msp.reporting.time}) makes the council's figures
 * for the current financial year and the current quarter, so the leads' page is never more than a day behind.
 */
@ApplicationScoped
public class NightlyMspAggregation {

    private static final Logger LOG = Logger.getLogger(NightlyMspAggregation.class.getName());

    @Inject
    MspRunLauncher control;

    void onReportingNight(@Observes ReportingNight night) {
        for (ReportingPeriod period : new ReportingPeriod[] {night.year(), night.quarter()}) {
            try {
                control.launch(period, ReportScope.COUNCIL, "schedule", MspRunTuning.SERVER_SETTINGS);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the nightly MSP aggregation for " + period, e);
            }
        }
    }
}
