package org.mspportal.core.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * A financial year (April to March, {@code 2026-27}) or one of its quarters ({@code 2026-27 Q3}), as
 * councils report. Feedback is counted by when it was sent, in UkTime.ZONE time.
 */
public record ReportingPeriod(int startYear, Integer quarter) {
    private static final Pattern KEY = Pattern.compile("(\\d{4})-(\\d{2})(?: Q([1-4]))?");

    public ReportingPeriod {
        if (startYear < 2000 || startYear > 2100 || (quarter != null && (quarter < 1 || quarter > 4))) {
            throw new IllegalArgumentException("Not a reporting period: " + startYear + " " + quarter);
        }
    }

    public static ReportingPeriod year(int startYear) {
        return new ReportingPeriod(startYear, null);
    }

    public static ReportingPeriod quarter(int startYear, int quarter) {
        return new ReportingPeriod(startYear, quarter);
    }

    /** The financial year or quarter a day falls in. */
    public static ReportingPeriod yearOf(LocalDate day) {
        return year(ReportingQuarter.of(day).startYear());
    }

    public static ReportingPeriod quarterOf(LocalDate day) {
        ReportingQuarter quarter = ReportingQuarter.of(day);
        return quarter(quarter.startYear(), quarter.quarter());
    }

    /** Reads {@code 2026-27} or {@code 2026-27 Q3}; the two years must follow each other. */
    public static ReportingPeriod parse(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("A reporting period is written 2026-27 or 2026-27 Q3, not " + key);
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(3) == null ? year(year) : quarter(year, Integer.parseInt(m.group(3)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1).plusMonths(quarter == null ? 0 : (quarter - 1) * 3L);
    }

    /** The last day, inclusive. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(quarter == null ? 12 : 3).minusDays(1);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(firstDay());
        return Stream.iterate(first, m -> m.plusMonths(1)).limit(quarter == null ? 12 : 3).toList();
    }

    /**
     * The periods a Board page offers: this financial year and the ones before it, newest first, each followed by
     * its quarters that have begun by {@code today}.
     */
    public static List<ReportingPeriod> recent(LocalDate today, int years) {
        int thisYear = yearOf(today).startYear();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = thisYear; year > thisYear - years; year--) {
            periods.add(year(year));
            for (int q = 1; q <= 4; q++) {
                ReportingPeriod quarter = quarter(year, q);
                if (!quarter.firstDay().isAfter(today)) {
                    periods.add(quarter);
                }
            }
        }
        return periods;
    }

    /** As a pick-list says it: "Financial year 2026-27", or "2026-27 Q3 (Oct to Dec)". */
    public String label() {
        if (quarter == null) {
            return "Financial year " + key();
        }
        return key() + " (" + firstDay().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " to "
                + lastDay().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + ")";
    }

    public String key() {
        return quarter == null ? String.format("%d-%02d", startYear, (startYear + 1) % 100)
                : new ReportingQuarter(startYear, quarter).toString();
    }

    @Override
    public String toString() {
        return key();
    }
}
