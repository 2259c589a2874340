package org.mspportal.survey.infrastructure.batch;

import java.util.ArrayList;
import java.util.List;

/** Ranges of ids written as {@code 1-2500,2501-5000}: how a run's partitions are fixed in its parameters. */
final class IdRanges {

    private IdRanges() {
    }

    /** {@code parts} ranges of about equal width covering {@code first} to {@code last}; one empty range if there are no rows. */
    static String split(long first, long last, int parts) {
        if (last < first) {
            return "1-0";
        }
        long width = Math.max(1, (last - first + parts) / parts);
        List<String> ranges = new ArrayList<>();
        for (long start = first; start <= last; start += width) {
            ranges.add(start + "-" + Math.min(last, start + width - 1));
        }
        return String.join(",", ranges);
    }

    static String format(List<long[]> ranges) {
        List<String> written = new ArrayList<>();
        for (long[] range : ranges) {
            written.add(range[0] + "-" + range[1]);
        }
        return String.join(",", written);
    }

    static List<long[]> parse(String ranges) {
        List<long[]> parsed = new ArrayList<>();
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("-");
            parsed.add(new long[] {Long.parseLong(ends[0]), Long.parseLong(ends[1])});
        }
        return parsed;
    }
}
