package org.mspportal.core.security.batch;

import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.config.DailyTime;

/** Starts the core's housekeeping jobs every night, at {@code msp.housekeeping.time} (HH:mm, default 02:30). */
@Singleton
@Startup
public class NightlyHousekeeping {

    private static final Logger LOG = Logger.getLogger(NightlyHousekeeping.class.getName());
    public static final String FORGET_OLD_LOGIN_ATTEMPTS = "forget-old-login-attempts";

    @Inject
    @ConfigProperty(name = "msp.housekeeping.time", defaultValue = "02:30")
    String time;

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
        BatchRuntime.getJobOperator().start(FORGET_OLD_LOGIN_ATTEMPTS, new Properties());
    }
}
