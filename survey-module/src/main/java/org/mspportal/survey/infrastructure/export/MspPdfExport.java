package org.mspportal.survey.infrastructure.export;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspTableView;
import org.mspportal.survey.domain.model.reporting.MspTable;

/**
 * The board report as PDF: one summary page (were people asked, were their outcomes achieved, what
 * they told us, how safe they feel), then every table, with a title and language for screen readers.
 */
public final class MspPdfExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private MspPdfExport() {
    }

    public static void write(MspReport report, List<MspTableView> tables, String councilName, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Making Safeguarding Personal figures " + report.period());
        document.addAuthor(councilName);
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        document.add(new Paragraph("Making Safeguarding Personal: " + report.period(), TITLE));
        document.add(new Paragraph(councilName + ", " + report.scope() + ". Made " + report.producedAt() + ".", BODY));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Summary", HEADING));
        for (MspTableView table : tables) {
            if (table.table() == MspTable.SG4A || table.table() == MspTable.FB_ANSWERS
                    || table.table() == MspTable.FEELING_SAFE) {
                document.add(new Paragraph(table.title(), BODY));
                document.add(grid(table));
            }
        }
        document.add(new Paragraph(tables.isEmpty() ? "" : tables.get(0).note(), SMALL));
        for (MspTableView table : tables) {
            document.newPage();
            document.add(new Paragraph(table.title(), HEADING));
            document.add(grid(table));
            document.add(new Paragraph(table.note(), SMALL));
        }
        document.close();
    }

    private static PdfPTable grid(MspTableView table) {
        float[] widths = new float[table.columnLabels().size() + 2];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 4f;
        PdfPTable grid = new PdfPTable(widths);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        grid.setSpacingAfter(10);
        grid.setHeaderRows(1);
        grid.addCell(header(""));
        table.columnLabels().forEach(label -> grid.addCell(header(label)));
        grid.addCell(header("Total"));
        for (MspTableView.Row row : table.rows()) {
            grid.addCell(cell(row.label(), Element.ALIGN_LEFT));
            row.cells().forEach(value -> grid.addCell(cell(value, Element.ALIGN_RIGHT)));
            grid.addCell(cell(row.total(), Element.ALIGN_RIGHT));
        }
        grid.addCell(header("Total"));
        table.columnTotals().forEach(value -> grid.addCell(cell(value, Element.ALIGN_RIGHT)));
        grid.addCell(cell(table.grandTotal(), Element.ALIGN_RIGHT));
        return grid;
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
        cell.setBackgroundColor(new Color(230, 230, 230));
        return cell;
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
