package org.mspportal.survey.application;

import java.util.List;

/** Writes a report as a file to download; the module's infrastructure provides it, with the libraries each format needs. */
public interface MspReportFiles {

    MspExport write(MspReport report, List<MspTableView> tables, MspExport.Format format, String councilName);
}
