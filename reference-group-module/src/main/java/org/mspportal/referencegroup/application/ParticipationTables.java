package org.mspportal.referencegroup.application;

import java.time.Instant;
import java.util.List;

/**
 * A period's participation figures as they may be shown: every count suppressed by the published rule
 * (0 to 4 as *, others rounded to the nearest 5).
 *
 * @param period  the period, like 2026-27
 * @param madeAt  when the figures were made, or null if never
 * @param tables  one table per measure
 * @param note    how the figures are suppressed
 */
public record ParticipationTables(String period, Instant madeAt, List<Table> tables, String note) {

    /** One measure: its rows of key and shown count. */
    public record Table(String title, String keyLabel, List<Row> rows) {
    }

    public record Row(String key, String shown) {
    }
}
