package org.mspportal.survey.application;

/** A report as a file to download. */
public record MspExport(String fileName, String contentType, byte[] content) {

    public enum Format { CSV, XLSX, PDF }
}
