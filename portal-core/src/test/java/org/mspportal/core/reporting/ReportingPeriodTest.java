package org.mspportal.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        ReportingPeriod year = ReportingPeriod.parse("2026-27");
        assertEquals(LocalDate.of(2026, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2027, 3, 31), year.lastDay());
        assertEquals(12, year.months().size());
        assertEquals(YearMonth.of(2027, 3), year.months().get(11));
        assertEquals("2026-27", year.key());
    }

    @Test
    void theFourthQuarterIsJanuaryToMarchOfTheNextCalendarYear() {
        ReportingPeriod q4 = ReportingPeriod.parse("2026-27 Q4");
        assertEquals(LocalDate.of(2027, 1, 1), q4.firstDay());
        assertEquals(LocalDate.of(2027, 3, 31), q4.lastDay());
        assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3)), q4.months());
        assertEquals("2026-27 Q4", q4.key());
    }

    @Test
    void aDayBelongsToTheYearAndQuarterItFallsIn() {
        assertEquals("2025-26", ReportingPeriod.yearOf(LocalDate.of(2026, 3, 31)).key());
        assertEquals("2026-27", ReportingPeriod.yearOf(LocalDate.of(2026, 4, 1)).key());
        assertEquals("2026-27 Q3", ReportingPeriod.quarterOf(LocalDate.of(2026, 12, 31)).key());
        assertEquals("2026-27 Q4", ReportingPeriod.quarterOf(LocalDate.of(2027, 1, 1)).key());
        assertEquals("2099-00", ReportingPeriod.year(2099).key());
    }

    @Test
    void somethingThatIsNotAPeriodIsRefused() {
        for (String wrong : new String[] {null, "", "2026", "2026-28", "2026-27 Q5", "26-27", "2026-27 q1"}) {
            assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(wrong), String.valueOf(wrong));
        }
    }

    @Test
    void aBoardPageOffersTheRecentYearsNewestFirstEachWithTheQuartersBegunSoFar() {
        List<String> offered = ReportingPeriod.recent(LocalDate.of(2026, 10, 1), 2).stream().map(ReportingPeriod::key).toList();
        assertEquals(List.of("2026-27", "2026-27 Q1", "2026-27 Q2", "2026-27 Q3",
                "2025-26", "2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"), offered);
        assertEquals("Financial year 2026-27", ReportingPeriod.year(2026).label());
        assertEquals("2026-27 Q3 (Oct to Dec)", ReportingPeriod.quarter(2026, 3).label());
    }
}
