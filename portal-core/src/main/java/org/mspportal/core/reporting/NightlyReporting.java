package org.mspportal.core.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.config.DailyTime;
import org.mspportal.core.time.UkTime;

/** The one nightly schedule of the Board's figures: fires {@link ReportingNight} at {@code msp.reporting.time}. */
@Singleton
@Startup
public class NightlyReporting {

    private static final Logger LOG = Logger.getLogger(NightlyReporting.class.getName());

    @Inject
    @ConfigProperty(name = "msp.reporting.time", defaultValue = "01:30")
    String time;

    @Resource
    TimerService timers;

    @Inject
    Event<ReportingNight> night;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(DailyTime.at(time), new TimerConfig("nightly Board figures", false));
        LOG.info(() -> "The Board's figures are made every day at " + time + ".");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        night.fire(new ReportingNight(UkTime.today(clock)));
    }
}
