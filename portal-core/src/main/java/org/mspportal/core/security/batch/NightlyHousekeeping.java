package org.mspportal.core.security.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.batch.JobRuns;
import org.mspportal.core.config.DailyTime;

/**
 * Starts the core's housekeeping every night, at {@code msp.housekeeping.time} (HH:mm, default 02:30): forgets old
 * sign-in failures, and the batch runtime's records of job executions that finished more than
 * {@code msp.jobs.history-days} ago (default 400: a year's runs and their restarts stay to be looked into).
 */
@Singleton
@Startup
public class NightlyHousekeeping {

    private static final Logger LOG = Logger.getLogger(NightlyHousekeeping.class.getName());
    public static final String FORGET_OLD_LOGIN_ATTEMPTS = "forget-old-login-attempts";

    @Inject
    @ConfigProperty(name = "msp.housekeeping.time", defaultValue = "02:30")
    String time;

    @Inject
    @ConfigProperty(name = "msp.jobs.history-days", defaultValue = "400")
    int historyDays;

    @Inject
    JobRuns jobs;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(DailyTime.at(time),
                new TimerConfig("nightly housekeeping", false));
        LOG.info(() -> "Housekeeping runs every day at " + time + ".");
    }

    @Timeout
    void run() {
        jobs.start(FORGET_OLD_LOGIN_ATTEMPTS, new Properties());
        int forgotten = jobs.purgeFinishedBefore(clock.instant().minus(Duration.ofDays(Math.max(1, historyDays))));
        LOG.info(() -> "Forgot " + forgotten + " job executions that finished more than " + historyDays + " days ago.");
    }
}
