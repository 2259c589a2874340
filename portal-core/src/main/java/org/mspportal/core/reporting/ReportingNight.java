package org.mspportal.core.reporting;

import java.time.LocalDate;

/**
 * Fired once a night at {@code msp.reporting.time} (default 01:30): modules that report to the Board
 * observe it and make their figures for the current financial year and quarter. Observers start their
 * own jobs and catch their own failures, so one module's problem does not stop another's figures.
 *
 * @param today the day it is in the UK
 */
public record ReportingNight(LocalDate today) {

    public ReportingPeriod year() {
        return ReportingPeriod.yearOf(today);
    }

    public ReportingPeriod quarter() {
        return ReportingPeriod.quarterOf(today);
    }
}
