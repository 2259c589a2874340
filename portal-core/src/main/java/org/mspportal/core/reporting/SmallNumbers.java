package org.mspportal.core.reporting;

/**
 * The Safeguarding Adults Collection's published rule for one figure: counts 0 to 4 are shown as
 * {@code *}; every other count is rounded to the nearest multiple of 5; percentages are calculated
 * on the unrounded counts (and hidden when the count they are of is hidden, or they would give it away).
 */
public final class SmallNumbers {

    /** Counts below this are never shown. */
    public static final int SMALLEST_SHOWN = 5;
    public static final String HIDDEN = "*";
    public static final String NOTE = "Counts of 0 to 4 are shown as *. Other counts are rounded to the nearest 5. "
            + "Percentages are calculated on the unrounded counts. Where a hidden count could be worked out "
            + "from a total, a further count is hidden too.";

    private SmallNumbers() {
    }

    public static boolean isSmall(long count) {
        return count < SMALLEST_SHOWN;
    }

    /** The count rounded to the nearest multiple of 5 (no count ends in .5, so there is never a tie). */
    public static long rounded(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return (count + 2) / 5 * 5;
    }

    /** The count as it may be published. */
    public static String shown(long count) {
        return isSmall(count) ? HIDDEN : Long.toString(rounded(count));
    }

    /** A percentage of the unrounded counts, to one decimal place; hidden with the part or the whole. */
    public static String percentage(long part, long whole) {
        if (whole == 0 || isSmall(part) || isSmall(whole)) {
            return HIDDEN;
        }
        return String.format(java.util.Locale.UK, "%.1f%%", 100.0 * part / whole);
    }
}
