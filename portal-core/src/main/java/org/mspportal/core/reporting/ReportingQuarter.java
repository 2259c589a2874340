package org.mspportal.core.reporting;

import java.time.LocalDate;

/**
 * The quarter of the financial year (April to March) a date falls in, as councils report it:
 * {@code 2026-27 Q1} is April to June 2026, {@code 2026-27 Q4} is January to March 2027.
 */
public record ReportingQuarter(int startYear, int quarter) {

    public static ReportingQuarter of(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12;
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new ReportingQuarter(startYear, monthsIntoYear / 3 + 1);
    }

    /** {@code 2026-27 Q3}. Built by hand, not with String.format: the MSP job calls it for every enquiry. */
    @Override
    public String toString() {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "-0" : "-") + next + " Q" + quarter;
    }
}
