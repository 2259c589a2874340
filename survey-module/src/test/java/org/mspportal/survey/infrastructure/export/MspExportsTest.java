package org.mspportal.survey.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspTableView;
import org.mspportal.survey.domain.model.reporting.MspTable;

/** Each export is read back and its figures checked: the suppressed ones, never a raw small count. */
class MspExportsTest {

    static final MspReport REPORT = new MspReport("2025-26", "Whole council", Instant.parse("2026-04-02T01:30:00Z"), Map.of(
            MspTable.SG4A, Map.of("ASKED_OUTCOMES_EXPRESSED", Map.of("FULLY", 47L, "PARTIALLY", 23L, "NOT", 3L),
                    "NOT_ASKED", Map.of("NONE", 12L), "DONT_KNOW", Map.of("NONE", 8L)),
            MspTable.FB_ANSWERS, Map.of("LISTENED_TO", Map.of("YES", 31L, "NO", 7L, "PARTLY", 2L)),
            MspTable.FB_ANSWERS_BY_TEAM, Map.of("LISTENED_TO|2", Map.of("YES", 31L, "NO", 9L))));
    static final List<MspTableView> TABLES = MspTableView.all(REPORT, Map.of(2L, "South Locality Team"));

    static MspTableView table(MspTable table) {
        return TABLES.stream().filter(t -> t.table() == table).findFirst().orElseThrow();
    }

    @Test
    void theCsvIsLaidOutLikeTheReturnAndHoldsOnlySuppressedFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspCsvExport.write(REPORT, TABLES, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a byte order mark, so Excel reads UTF-8");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()),
                StandardCharsets.UTF_8)).getRecords();
        assertTrue(records.get(2).get(0).contains("shown as *"), "it says it is suppressed, and how");
        int sg4a = indexOf(records, "SG4A");
        assertEquals(List.of("", "Fully Achieved", "Partially Achieved", "Not Achieved", "No outcomes expressed or assessed",
                "Total"), records.get(sg4a + 1).toList());
        assertEquals(List.of("Yes, they were asked and outcomes were expressed", "45", "25", "*", "*", "75"),
                records.get(sg4a + 2).toList());
        assertEquals(table(MspTable.SG4A).grandTotal(), records.get(sg4a + 7).get(5));
        assertFalse(text.contains(",47,") || text.contains(",3,"), "no raw counts");
        int byTeam = indexOf(records, "FB_ANSWERS_BY_TEAM");
        assertEquals("Did you feel that you were listened to?: South Locality Team", records.get(byTeam + 2).get(0));
    }

    @Test
    void theWorkbookHasASheetPerTableWithTheSameFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspWorkbookExport.write(REPORT, TABLES, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals("About", sheets.get(0));
            assertEquals(MspTable.values().length + 1, sheets.size());
            assertTrue(workbook.getFirstSheet().read().get(4).getCellText(0).contains("rounded to the nearest 5"));
            Sheet sg4a = workbook.getSheets().filter(s -> s.getName().equals("SG4A")).findFirst().orElseThrow();
            List<Row> rows = sg4a.read();
            Row expressed = rows.get(2);
            assertEquals("Yes, they were asked and outcomes were expressed", expressed.getCellText(0));
            assertEquals(45, expressed.getCellAsNumber(1).orElseThrow().intValue());
            assertEquals("*", expressed.getCellText(3));
            assertEquals(75, expressed.getCellAsNumber(5).orElseThrow().intValue());
        }
    }

    @Test
    void thePdfHasASummaryPageThenEveryTableEachSayingItIsSuppressed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspPdfExport.write(REPORT, TABLES, "Northshire County Council", out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1 + MspTable.values().length, pdf.getNumberOfPages());
            assertEquals("Making Safeguarding Personal figures 2025-26", pdf.getDocumentInformation().getTitle());
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            text.setStartPage(1);
            text.setEndPage(1);
            String summary = text.getText(pdf);
            assertTrue(summary.contains("Northshire County Council, Whole council"), summary);
            assertTrue(summary.lines().anyMatch(l -> l.startsWith("Yes, they were asked and outcomes were expressed")
                    && l.endsWith(" 45 25 * * 75")), summary);
            text.setStartPage(2);
            text.setEndPage(pdf.getNumberOfPages());
            String rest = text.getText(pdf);
            assertEquals(MspTable.values().length, rest.lines().filter(l -> l.startsWith("Counts of 0 to 4 are shown as *"))
                    .count(), "every table says how it is suppressed");
            assertFalse(rest.lines().anyMatch(l -> l.matches(".* 47 .*")), "no raw counts");
        }
    }

    private static int indexOf(List<CSVRecord> records, String table) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).size() > 0 && records.get(i).get(0).equals(table)) {
                return i;
            }
        }
        throw new AssertionError(table + " not in " + records.stream().map(r -> r.get(0)).collect(Collectors.joining(",")));
    }
}
