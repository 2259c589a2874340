package org.mspportal.survey.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MspCountingTest {

    static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    static final LocalDate TO = LocalDate.of(2026, 5, 31);

    static EnquiryFacts enquiry(LocalDate started, LocalDate concluded, String asked, String... achievements) {
        return new EnquiryFacts(1, 7, started, concluded, "AGED_65_TO_74", "FEMALE", "WHITE", "PHYSICAL",
                List.of("FINANCIAL_OR_MATERIAL", "PSYCHOLOGICAL"), "OWN_HOME", "KNOWN_TO_INDIVIDUAL",
                "RISK_IDENTIFIED_ACTION_TAKEN", "REDUCED", null, asked, Arrays.asList(achievements),
                "LESS_THAN_ADEQUATELY_SAFE", "ADEQUATELY_SAFE");
    }

    static long count(List<FigureKey> figures, MspTable table) {
        return figures.stream().filter(f -> f.table() == table).count();
    }

    @Test
    void anEnquiryStartedInTheSpanCountsInSg1Only() {
        List<FigureKey> figures = MspCounting.forEnquiry(enquiry(LocalDate.of(2026, 5, 3), null,
                "ASKED_OUTCOMES_EXPRESSED"), FROM, TO);
        assertEquals(4, figures.size());
        assertTrue(figures.contains(new FigureKey(MspTable.SG1_AGE_BAND, "AGED_65_TO_74", MspTable.ALL)));
        assertEquals(0, count(figures, MspTable.SG4A));
    }

    @Test
    void anEnquiryConcludedInTheSpanCountsInSg2Sg3AndSg4aButNotSg1() {
        List<FigureKey> figures = MspCounting.forEnquiry(enquiry(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 31),
                "ASKED_OUTCOMES_EXPRESSED", "FULLY", "PARTIALLY"), FROM, TO);
        assertEquals(0, count(figures, MspTable.SG1_AGE_BAND));
        assertEquals(2, count(figures, MspTable.SG2_TYPE_OF_RISK), "once under each type of risk");
        assertTrue(figures.contains(new FigureKey(MspTable.SG3_MENTAL_CAPACITY, MspCounting.NOT_RECORDED, MspTable.ALL)));
        assertTrue(figures.contains(new FigureKey(MspTable.SG4A, "ASKED_OUTCOMES_EXPRESSED", "PARTIALLY")));
        assertEquals(2, count(figures, MspTable.SG4A_BY_TYPE_OF_RISK));
        assertTrue(figures.contains(new FigureKey(MspTable.SG4A_BY_QUARTER, "2026-27 Q1", "PARTIALLY")));
        assertTrue(figures.contains(new FigureKey(MspTable.FEELING_SAFE, "LESS_THAN_ADEQUATELY_SAFE", "ADEQUATELY_SAFE")));
    }

    @Test
    void anEnquiryOutsideTheSpanCountsNowhere() {
        assertTrue(MspCounting.forEnquiry(enquiry(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 1),
                "NOT_ASKED"), FROM, TO).isEmpty());
    }

    @Test
    void withoutExpressedOutcomesAnEnquiryCountsInTheNoneColumnAndInNoBreakdown() {
        List<FigureKey> notAsked = MspCounting.forEnquiry(enquiry(FROM, TO, "NOT_ASKED"), FROM, TO);
        assertTrue(notAsked.contains(new FigureKey(MspTable.SG4A, "NOT_ASKED", MspTable.NONE)));
        assertEquals(0, count(notAsked, MspTable.SG4A_BY_AGE_BAND));
        List<FigureKey> unassessed = MspCounting.forEnquiry(enquiry(FROM, TO, "ASKED_OUTCOMES_EXPRESSED", "FULLY", null),
                FROM, TO);
        assertTrue(unassessed.contains(new FigureKey(MspTable.SG4A, "ASKED_OUTCOMES_EXPRESSED", MspTable.NONE)));
        List<FigureKey> unrecorded = MspCounting.forEnquiry(enquiry(FROM, TO, null), FROM, TO);
        assertTrue(unrecorded.contains(new FigureKey(MspTable.SG4A, MspCounting.NOT_RECORDED, MspTable.NONE)));
    }

    @Test
    void feedbackCountsEachAnsweredQuestionByWhoTeamAndQuarterAndNeverItsWords() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("who", "PERSON_WITH_HELP");
        choices.put("outcome-1", "YES");
        choices.put("outcome-2", "PARTLY");
        choices.put("LISTENED_TO", "NO");
        choices.put("GOT_OUTCOMES", null);
        choices.put("feeling-safe", "ADEQUATELY_SAFE");
        choices.put("done-better", null);
        List<FigureKey> figures = MspCounting.forFeedback(new FeedbackFacts(3, 7, LocalDate.of(2026, 5, 9),
                "PERSON_WITH_HELP", choices), FROM, TO);
        assertTrue(figures.contains(new FigureKey(MspTable.FB_WHO_ANSWERED, "PERSON_WITH_HELP", MspTable.ALL)));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_ANSWERS, "LISTENED_TO", "NO")));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_ANSWERS_BY_WHO, "LISTENED_TO", "PERSON_WITH_HELP", "NO")));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_ANSWERS_BY_TEAM, "LISTENED_TO", "7", "NO")));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_ANSWERS_BY_QUARTER, "LISTENED_TO", "2026-27 Q1", "NO")));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_ANSWERS, MspCounting.OUTCOME_HAPPENED, "PARTLY")));
        assertTrue(figures.contains(new FigureKey(MspTable.FB_FEELING_SAFE_NOW, MspTable.ALL, "ADEQUATELY_SAFE")));
        assertFalse(figures.stream().anyMatch(f -> f.row().startsWith("GOT_OUTCOMES")), "unanswered counts nowhere");
        assertEquals(List.of("LISTENED_TO|7", "OUTCOME_HAPPENED|7"), figures.stream()
                .filter(f -> f.table() == MspTable.FB_ANSWERS_BY_TEAM).map(FigureKey::rowKey).distinct().sorted().toList(),
                "stored as the question and the team");
        assertEquals("LISTENED_TO", new FigureKey(MspTable.FB_ANSWERS, "LISTENED_TO", "NO").rowKey());
        assertEquals(1 + 4 * 3 + 1, figures.size());
        assertTrue(MspCounting.forFeedback(new FeedbackFacts(3, 7, LocalDate.of(2026, 6, 1), "PERSON", choices),
                FROM, TO).isEmpty());
    }
}
