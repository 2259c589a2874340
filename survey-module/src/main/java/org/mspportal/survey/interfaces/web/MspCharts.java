package org.mspportal.survey.interfaces.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.mspportal.survey.application.MspTableView;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, drawn from suppressed tables only: each bar
 * is a row's share of each column, from unrounded counts; a hidden share is not drawn (the table beside
 * the chart shows it as *).
 */
final class MspCharts {

    /** Colours with at least 3:1 contrast against white and each other's neighbours. */
    private static final List<String> COLOURS = List.of("#00703c", "#1d70b8", "#d4351c", "#505a5f", "#f47738");

    private MspCharts() {
    }

    /** One stacked bar per row, 0 to 100%. */
    static String stackedShares(MspTableView table, String title) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (MspTableView.Row row : table.rows()) {
                data.add(share(row.percents().get(c)));
            }
            datasets.add(Json.createObjectBuilder().add("label", table.columnLabels().get(c)).add("data", data)
                    .add("backgroundColor", COLOURS.get(c % COLOURS.size())));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add("x", axis.add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "% of people")))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    private static double share(String percent) {
        if (percent == null || !percent.endsWith("%")) {
            return 0;
        }
        return Double.parseDouble(percent.substring(0, percent.length() - 1));
    }
}
