package org.mspportal.referencegroup.infrastructure.batch;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.reporting.ReportingNight;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.referencegroup.application.ParticipationReporting;

/** Every night (the core's {@link ReportingNight}) makes the participation figures of the current year and quarter. */
@ApplicationScoped
public class NightlyParticipation {

    private static final Logger LOG = Logger.getLogger(NightlyParticipation.class.getName());

    @Inject
    JobRuns jobs;

    void onReportingNight(@Observes ReportingNight night) {
        for (ReportingPeriod period : new ReportingPeriod[] {night.year(), night.quarter()}) {
            try {
                Properties parameters = new Properties();
                parameters.setProperty("period", period.key());
                jobs.start(ParticipationReporting.JOB, parameters);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the nightly participation figures for " + period, e);
            }
        }
    }
}
