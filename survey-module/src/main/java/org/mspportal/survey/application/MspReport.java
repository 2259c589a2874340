package org.mspportal.survey.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.mspportal.survey.domain.model.reporting.MspTable;

/** A published report: unrounded counts per table, row and column. Suppress before showing. */
public record MspReport(String period, String scope, Instant producedAt, Map<MspTable, Map<String, Map<String, Long>>> figures) {

    public Map<String, Map<String, Long>> table(MspTable table) {
        return figures.getOrDefault(table, Map.of());
    }

    public long count(MspTable table, String row, String column) {
        return table(table).getOrDefault(row, Map.of()).getOrDefault(column, 0L);
    }

    public List<String> rows(MspTable table) {
        return List.copyOf(table(table).keySet());
    }
}
