package org.mspportal.survey.infrastructure.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.survey.domain.model.reporting.ReportScope;
import org.mspportal.survey.domain.model.reporting.ReportingPeriod;

/**
 * Every night at {@code msp.reporting.time} (HH:mm, default 01:30) makes the council's figures for the
 * current financial year and the current quarter, so the leads' page is never more than a day behind.
 */
@Singleton
@Startup
public class NightlyMspAggregation {

    private static final Logger LOG = Logger.getLogger(NightlyMspAggregation.class.getName());

    @Inject
    @ConfigProperty(name = "msp.reporting.time", defaultValue = "01:30")
    String time;

    @Resource
    TimerService timers;

    @Inject
    MspRunControl control;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        String[] parts = time.split(":");
        timers.createCalendarTimer(new ScheduleExpression().hour(Integer.parseInt(parts[0].strip()))
                .minute(Integer.parseInt(parts[1].strip())), new TimerConfig("nightly MSP aggregation", false));
        LOG.info(() -> "MSP figures are made every day at " + time + ".");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(ReportingPeriod.UK));
        for (ReportingPeriod period : new ReportingPeriod[] {ReportingPeriod.yearOf(today), ReportingPeriod.quarterOf(today)}) {
            try {
                control.launch(period, ReportScope.COUNCIL, "schedule", new Properties());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the nightly MSP aggregation for " + period, e);
            }
        }
    }
}
