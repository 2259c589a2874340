package org.mspportal.survey.application;

import java.time.Instant;
import java.util.Map;

import org.mspportal.survey.domain.model.reporting.MspTable;

/** A published report: unrounded counts per table, row and column. Suppress before showing. */
public record MspReport(String period, String scope, Instant producedAt, Map<MspTable, Map<String, Map<String, Long>>> figures) {

    public Map<String, Map<String, Long>> table(MspTable table) {
        return figures.getOrDefault(table, Map.of());
    }
}
