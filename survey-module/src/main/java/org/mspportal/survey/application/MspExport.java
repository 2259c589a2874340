package org.mspportal.survey.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.mspportal.survey.infrastructure.export.MspCsvExport;
import org.mspportal.survey.infrastructure.export.MspPdfExport;
import org.mspportal.survey.infrastructure.export.MspWorkbookExport;

/** A report as a file to download. */
public record MspExport(String fileName, String contentType, byte[] content) {

    public enum Format { CSV, XLSX, PDF }

    static MspExport of(MspReport report, List<MspTableView> tables, Format format, String councilName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "msp-figures-" + report.period().replace(' ', '-') + "-"
                + report.scope().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
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
