package org.mspportal.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SuppressedTableTest {

    @Test
    void aRowTotalThatWouldRevealItsOneHiddenCellHidesTheSmallestOtherCellToo() {
        // Fully, partially, not achieved for two teams. Team A's 3 hidden alone could be worked out as 53 - 20 - 30.
        SuppressedTable table = SuppressedTable.of(new long[][] {{3, 20, 30}, {40, 45, 50}});
        assertEquals("*", table.cell(0, 0));
        assertEquals("*", table.cell(0, 1), "the smallest other cell in the row is hidden as well");
        assertEquals("30", table.cell(0, 2));
        assertEquals("55", table.rowTotal(0));
        everyLineHidesNoneOrAtLeastTwo(table);
    }

    @Test
    void aColumnThatWouldRevealItsOneHiddenCellIsProtectedToo() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{3, 20}, {40, 45}, {60, 70}});
        assertTrue(table.isHidden(0, 0));
        assertTrue(table.isHidden(0, 1) || table.isHidden(1, 0), "row and column each hide a second figure");
        everyLineHidesNoneOrAtLeastTwo(table);
    }

    @Test
    void aSmallTotalIsHiddenAndTheTotalsProtectEachOther() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{1, 2}, {30, 40}});
        assertEquals("*", table.rowTotal(0), "3 in all is small itself");
        assertEquals("*", table.cell(0, 0));
        assertEquals("*", table.cell(0, 1));
        everyLineHidesNoneOrAtLeastTwo(table);
    }

    @Test
    void theEdgeCasesOfTheRule() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{4, 5, 7, 8}, {4, 5, 7, 8}});
        assertEquals("*", table.cell(0, 0), "4 is hidden");
        assertEquals("*", table.cell(0, 1), "5 would be shown, but is hidden with the 4 (secondary)");
        assertEquals("5", table.cell(0, 2), "7 is shown as 5");
        assertEquals("10", table.cell(0, 3), "8 is shown as 10");
        assertEquals("25", table.rowTotal(0), "24 is shown as 25");
        assertEquals("10", table.columnTotal(0), "4 + 4 = 8, shown as 10");
        everyLineHidesNoneOrAtLeastTwo(table);
    }

    @Test
    void percentagesAreOfUnroundedCountsAndHiddenWithTheirCell() {
        assertEquals("17.5%", SuppressedTable.of(new long[][] {{7, 33}, {40, 40}}).percentOfRow(0, 0), "7 of 40, not 5 of 40");
        SuppressedTable small = SuppressedTable.of(new long[][] {{3, 37}, {2, 38}});
        assertEquals("*", small.percentOfRow(0, 0), "7.5% would give the 3 away");
        assertNotEquals("*", small.note());
    }

    @Test
    void onRandomTablesNoRowOrColumnEverHidesExactlyOneFigure() {
        Random random = new Random(5);
        for (int n = 0; n < 2000; n++) {
            long[][] counts = new long[1 + random.nextInt(6)][1 + random.nextInt(6)];
            for (long[] row : counts) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                }
            }
            everyLineHidesNoneOrAtLeastTwo(SuppressedTable.of(counts));
        }
    }

    /** In every row and column, totals included, hidden figures are none or at least two (or the line is all hidden). */
    static void everyLineHidesNoneOrAtLeastTwo(SuppressedTable table) {
        for (int r = 0; r <= table.rows(); r++) {
            int hidden = 0;
            for (int c = 0; c <= table.columns(); c++) {
                hidden += table.isHidden(r, c) ? 1 : 0;
            }
            assertTrue(hidden != 1, "row " + r + " hides exactly one figure");
        }
        for (int c = 0; c <= table.columns(); c++) {
            int hidden = 0;
            for (int r = 0; r <= table.rows(); r++) {
                hidden += table.isHidden(r, c) ? 1 : 0;
            }
            assertTrue(hidden != 1, "column " + c + " hides exactly one figure");
        }
    }
}
