package org.mspportal.survey.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.survey.application.MspExport;
import org.mspportal.survey.application.MspReport;
import org.mspportal.survey.application.MspReportFiles;
import org.mspportal.survey.application.MspTableView;

/** The figures as CSV (Commons CSV), a workbook (FastExcel) or a PDF (OpenPDF). */
@ApplicationScoped
public class MspReportFileWriter implements MspReportFiles {

    @Override
    public MspExport write(MspReport report, List<MspTableView> tables, MspExport.Format format, String councilName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "msp-figures-" + report.period().replace(' ', '-') + "-"
                + report.scope().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        try {
            switch (format) {
                case CSV -> MspCsvExport.write(report, tables, out);
                case XLSX -> MspWorkbookExport.write(report, tables, out);
                case PDF -> MspPdfExport.write(report, tables, councilName, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (format) {
            case CSV -> new MspExport(name + ".csv", "text/csv; charset=UTF-8", out.toByteArray());
            case XLSX -> new MspExport(name + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
            case PDF -> new MspExport(name + ".pdf", "application/pdf", out.toByteArray());
        };
    }
}
