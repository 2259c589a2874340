package org.mspportal.survey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mspportal.survey.domain.model.reporting.MspTable;

class MspTableViewTest {

    static MspReport report(MspTable table, Map<String, Map<String, Long>> figures) {
        return new MspReport("2025-26", "Whole council", Instant.now(), Map.of(table, figures));
    }

    @Test
    void everyFigureLeavesSuppressedRoundedAndInTheReturnsOrder() {
        MspTableView sg4a = MspTableView.of(report(MspTable.SG4A, Map.of(
                "ASKED_OUTCOMES_EXPRESSED", Map.of("FULLY", 47L, "PARTIALLY", 23L, "NOT", 3L),
                "NOT_ASKED", Map.of("NONE", 12L))), MspTable.SG4A);
        assertEquals(List.of("Fully Achieved", "Partially Achieved", "Not Achieved", "No outcomes expressed or assessed"),
                sg4a.columnLabels());
        MspTableView.Row expressed = sg4a.rows().get(0);
        assertEquals("Yes, they were asked and outcomes were expressed", expressed.label());
        assertEquals("45", expressed.cells().get(0), "47 rounds to 45");
        assertEquals("25", expressed.cells().get(1));
        assertEquals("*", expressed.cells().get(2), "3 is hidden");
        assertEquals("*", expressed.cells().get(3), "0 is hidden");
        assertEquals("64.4%", expressed.percents().get(0), "percentages from unrounded counts: 47 of 73");
        assertEquals(5, sg4a.rows().size(), "every row of the return, even with nothing in it");
        assertThat(sg4a.note()).contains("rounded to the nearest 5");
    }

    @Test
    void codesSharedByTwoCategoriesAreNamedAsTheirTableMeansThem() {
        MspTableView risks = MspTableView.of(report(MspTable.SG2_TYPE_OF_RISK, Map.of("PHYSICAL", Map.of("ALL", 30L))),
                MspTable.SG2_TYPE_OF_RISK);
        MspTableView support = MspTableView.of(report(MspTable.SG1_PRIMARY_SUPPORT_REASON,
                Map.of("PHYSICAL", Map.of("ALL", 30L))), MspTable.SG1_PRIMARY_SUPPORT_REASON);
        assertEquals("Physical", risks.rows().get(0).label());
        assertEquals("Physical Support", support.rows().get(0).label());
    }

    @Test
    void feedbackQuestionsAndAnswersReadAsPlainWords() {
        MspTableView answers = MspTableView.of(report(MspTable.FB_ANSWERS, Map.of("LISTENED_TO",
                Map.of("YES", 20L, "NO", 10L))), MspTable.FB_ANSWERS);
        assertEquals(List.of("Yes", "Partly", "No", "Rather not say"), answers.columnLabels());
        assertEquals("Did you feel that you were listened to?", answers.rows().get(3).label());
        assertEquals("20", answers.rows().get(3).cells().get(0));
    }
}
