/**
 * Board report exports: CSV laid out like the SAC return (Commons CSV), an XLSX workbook (FastExcel,
 * a small streaming writer rather than the whole of Apache POI) and a PDF board report (OpenPDF). Each
 * writes only {@link org.mspportal.survey.application.MspTableView}s, so every figure that leaves is
 * suppressed, and each says so.
 */
package org.mspportal.survey.infrastructure.export;
