package org.mspportal.survey.domain.model.reporting;

/** One cell of one table: a count is kept for each. */
public record FigureKey(MspTable table, String row, String column) {
}
