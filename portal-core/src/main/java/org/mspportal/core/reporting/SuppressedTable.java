package org.mspportal.core.reporting;

/**
 * A table of counts with row and column totals, made safe to publish: small counts hidden, the rest
 * rounded ({@link SmallNumbers}), then <em>secondary</em> suppression. Every row and every column, totals
 * included, is a sum; a sum that hides exactly one of its figures gives it away by subtraction, so the
 * smallest other figure in it is hidden too, until no row or column hides exactly one.
 */
public final class SuppressedTable {

    /** counts plus a last column of row totals and a last row of column totals (the grand total at the corner). */
    private final long[][] grid;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;

    private SuppressedTable(long[][] counts) {
        rows = counts.length;
        columns = rows == 0 ? 0 : counts[0].length;
        grid = new long[rows + 1][columns + 1];
        hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("Every row needs " + columns + " counts.");
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("A count cannot be negative.");
                }
                grid[r][c] = counts[r][c];
                grid[r][columns] += counts[r][c];
                grid[rows][c] += counts[r][c];
                grid[rows][columns] += counts[r][c];
            }
        }
    }

    /** Applies the published rule and secondary suppression to a table of unrounded counts. */
    public static SuppressedTable of(long[][] counts) {
        SuppressedTable table = new SuppressedTable(counts);
        for (int r = 0; r <= table.rows; r++) {
            for (int c = 0; c <= table.columns; c++) {
                table.hidden[r][c] = SmallNumbers.isSmall(table.grid[r][c]);
            }
        }
        table.suppressSecondary();
        return table;
    }

    private void suppressSecondary() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= hideOneMoreIfAlone(r, -1);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= hideOneMoreIfAlone(-1, c);
            }
        }
    }

    /** For row {@code r} (when {@code c} is -1) or column {@code c}: if exactly one figure is hidden, hide the smallest shown one. */
    private boolean hideOneMoreIfAlone(int r, int c) {
        int length = r >= 0 ? columns + 1 : rows + 1;
        int hiddenCount = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            boolean h = r >= 0 ? hidden[r][i] : hidden[i][c];
            long value = r >= 0 ? grid[r][i] : grid[i][c];
            if (h) {
                hiddenCount++;
            } else if (smallest < 0 || value < (r >= 0 ? grid[r][smallest] : grid[smallest][c])) {
                smallest = i;
            }
        }
        if (hiddenCount != 1 || smallest < 0) {
            return false;
        }
        if (r >= 0) {
            hidden[r][smallest] = true;
        } else {
            hidden[smallest][c] = true;
        }
        return true;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public boolean isHidden(int row, int column) {
        return hidden[row][column];
    }

    public String cell(int row, int column) {
        return show(row, column);
    }

    public String rowTotal(int row) {
        return show(row, columns);
    }

    public String columnTotal(int column) {
        return show(rows, column);
    }

    public String grandTotal() {
        return show(rows, columns);
    }

    /** The cell as a percentage of its row, on unrounded counts; hidden wherever the cell or the row total is. */
    public String percentOfRow(int row, int column) {
        if (hidden[row][column] || hidden[row][columns]) {
            return SmallNumbers.HIDDEN;
        }
        return SmallNumbers.percentage(grid[row][column], grid[row][columns]);
    }

    /** What was done, for every output to say. */
    public String note() {
        return SmallNumbers.NOTE;
    }

    private String show(int r, int c) {
        return hidden[r][c] ? SmallNumbers.HIDDEN : Long.toString(SmallNumbers.rounded(grid[r][c]));
    }
}
