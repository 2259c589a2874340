package org.mspportal.survey.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mspportal.core.reporting.SmallNumbers;
import org.mspportal.core.reporting.SuppressedTable;
import org.mspportal.survey.domain.model.reporting.MspTable;

/**
 * One table of a report as it may leave the database: every figure through the core's suppression rule
 * (small counts hidden, the rest rounded, secondary suppression), with labels. Screens and exports
 * show this, never the raw counts.
 */
public record MspTableView(MspTable table, String title, List<String> columnLabels, List<Row> rows,
                           List<String> columnTotals, String grandTotal, String note) {

    /** A row: its label, each cell, each cell as a percentage of the row (on unrounded counts), the total. */
    public record Row(String label, List<String> cells, List<String> percents, String total) {
    }

    public static MspTableView of(MspReport report, MspTable table) {
        return of(report, table, Map.of());
    }

    /** @param teamNames names for the team ids in rows by team */
    public static MspTableView of(MspReport report, MspTable table, Map<Long, String> teamNames) {
        return of(report, table, code -> MspLabels.rowLabel(table, code, teamNames));
    }

    /** Every table of the report, in the order of {@link MspTable}. */
    public static List<MspTableView> all(MspReport report, Map<Long, String> teamNames) {
        return java.util.Arrays.stream(MspTable.values()).map(t -> of(report, t, teamNames)).toList();
    }

    /** @param rowLabel words for rows whose codes are open-ended (teams, quarters) */
    public static MspTableView of(MspReport report, MspTable table, Function<String, String> rowLabel) {
        Map<String, Map<String, Long>> figures = report.table(table);
        List<String> rowCodes = MspLabels.rowCodes(table).isEmpty() ? List.copyOf(figures.keySet()) : MspLabels.rowCodes(table);
        List<String> columnCodes = MspLabels.columnCodes(table);
        List<String> columnLabels = columnCodes.stream().map(c -> MspLabels.columnLabel(table, c)).toList();
        if (rowCodes.isEmpty()) {
            // Nothing counted (rows by team or quarter only exist where there is something): every total is 0, shown as *.
            List<String> hidden = columnCodes.stream().map(c -> SmallNumbers.HIDDEN).toList();
            return new MspTableView(table, table.title(), columnLabels, List.of(), hidden, SmallNumbers.HIDDEN, SmallNumbers.NOTE);
        }
        long[][] counts = new long[rowCodes.size()][columnCodes.size()];
        for (int r = 0; r < rowCodes.size(); r++) {
            Map<String, Long> row = figures.getOrDefault(rowCodes.get(r), Map.of());
            for (int c = 0; c < columnCodes.size(); c++) {
                counts[r][c] = row.getOrDefault(columnCodes.get(c), 0L);
            }
        }
        SuppressedTable safe = SuppressedTable.of(counts);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowCodes.size(); r++) {
            List<String> cells = new ArrayList<>();
            List<String> percents = new ArrayList<>();
            for (int c = 0; c < columnCodes.size(); c++) {
                cells.add(safe.cell(r, c));
                percents.add(safe.percentOfRow(r, c));
            }
            rows.add(new Row(rowLabel.apply(rowCodes.get(r)), cells, percents, safe.rowTotal(r)));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < columnCodes.size(); c++) {
            columnTotals.add(safe.columnTotal(c));
        }
        return new MspTableView(table, table.title(), columnLabels, rows, columnTotals, safe.grandTotal(), safe.note());
    }
}
