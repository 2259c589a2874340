package org.mspportal.survey.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FigureTallyTest {

    @Test
    void countingAPageIntoATallyGivesTheSameFiguresAsCountingEachEnquirysList() {
        List<EnquiryFacts> page = List.of(
                MspCountingTest.enquiry(MspCountingTest.FROM, MspCountingTest.TO, "ASKED_OUTCOMES_EXPRESSED", "FULLY"),
                MspCountingTest.enquiry(MspCountingTest.FROM, MspCountingTest.TO, "ASKED_OUTCOMES_EXPRESSED", "NOT", "FULLY"),
                MspCountingTest.enquiry(LocalDate.of(2026, 4, 1), MspCountingTest.TO, "NOT_ASKED"),
                MspCountingTest.enquiry(MspCountingTest.FROM, null, null));
        FigureTally tally = new FigureTally();
        page.forEach(e -> MspCounting.forEnquiry(e, MspCountingTest.FROM, MspCountingTest.TO, tally));

        Map<FigureKey, Long> oneByOne = page.stream()
                .flatMap(e -> MspCounting.forEnquiry(e, MspCountingTest.FROM, MspCountingTest.TO).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(oneByOne, tally.counts());
        assertEquals(3, tally.count(new FigureKey(MspTable.SG1_GENDER, "FEMALE", MspTable.ALL)));
        assertEquals(0, tally.count(new FigureKey(MspTable.SG1_GENDER, "MALE", MspTable.ALL)));
    }
}
