package org.mspportal.survey.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspTableView;

/**
 * A CSV laid out like the SAC return: each table a block with its title, a header of its columns, a
 * row per category and a total row, blank lines between. UTF-8 with a byte order mark so Excel reads it.
 */
public final class MspCsvExport {

    private MspCsvExport() {
    }

    public static void write(MspReport report, List<MspTableView> tables, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord("Making Safeguarding Personal figures", report.period(), report.scope());
        csv.printRecord("Made", report.producedAt().toString());
        csv.printRecord(tables.isEmpty() ? "" : tables.get(0).note());
        for (MspTableView table : tables) {
            csv.println();
            csv.printRecord(table.table().name(), table.title());
            List<String> header = new ArrayList<>();
            header.add("");
            header.addAll(table.columnLabels());
            header.add("Total");
            csv.printRecord(header);
            for (MspTableView.Row row : table.rows()) {
                List<String> record = new ArrayList<>();
                record.add(row.label());
                record.addAll(row.cells());
                record.add(row.total());
                csv.printRecord(record);
            }
            List<String> totals = new ArrayList<>();
            totals.add("Total");
            totals.addAll(table.columnTotals());
            totals.add(table.grandTotal());
            csv.printRecord(totals);
        }
        csv.flush();
    }
}
