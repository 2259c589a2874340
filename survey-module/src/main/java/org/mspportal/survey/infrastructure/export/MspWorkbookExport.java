package org.mspportal.survey.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspTableView;

/**
 * An XLSX workbook: a first sheet saying what the figures are and how they are suppressed, then one
 * sheet per table. Figures are written as numbers where shown and as "*" where hidden.
 */
public final class MspWorkbookExport {

    private MspWorkbookExport() {
    }

    public static void write(MspReport report, List<MspTableView> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "MSP Portal", "1.0");
        Worksheet about = workbook.newWorksheet("About");
        about.value(0, 0, "Making Safeguarding Personal figures");
        about.value(1, 0, "Period");
        about.value(1, 1, report.period());
        about.value(2, 0, "Whose");
        about.value(2, 1, report.scope());
        about.value(3, 0, "Made");
        about.value(3, 1, report.producedAt().toString());
        about.value(4, 0, tables.isEmpty() ? "" : tables.get(0).note());
        Set<String> names = new HashSet<>();
        for (MspTableView table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table, names));
            sheet.value(0, 0, table.title());
            for (int c = 0; c < table.columnLabels().size(); c++) {
                sheet.value(1, c + 1, table.columnLabels().get(c));
            }
            sheet.value(1, table.columnLabels().size() + 1, "Total");
            int r = 2;
            for (MspTableView.Row row : table.rows()) {
                sheet.value(r, 0, row.label());
                for (int c = 0; c < row.cells().size(); c++) {
                    figure(sheet, r, c + 1, row.cells().get(c));
                }
                figure(sheet, r, row.cells().size() + 1, row.total());
                r++;
            }
            sheet.value(r, 0, "Total");
            for (int c = 0; c < table.columnTotals().size(); c++) {
                figure(sheet, r, c + 1, table.columnTotals().get(c));
            }
            figure(sheet, r, table.columnTotals().size() + 1, table.grandTotal());
            sheet.value(r + 2, 0, table.note());
        }
        workbook.finish();
    }

    private static void figure(Worksheet sheet, int row, int column, String shown) {
        if (shown.chars().allMatch(Character::isDigit) && !shown.isEmpty()) {
            sheet.value(row, column, Long.parseLong(shown));
        } else {
            sheet.value(row, column, shown);
        }
    }

    /** Sheet names: at most 31 characters, unique. */
    private static String sheetName(MspTableView table, Set<String> used) {
        String name = table.table().name();
        name = name.length() > 31 ? name.substring(0, 31) : name;
        while (!used.add(name)) {
            name = name.substring(0, Math.min(name.length(), 29)) + used.size();
        }
        return name;
    }
}
