package org.mspportal.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingQuarterTest {

    @Test
    void theFinancialYearStartsInAprilAndEndsInMarch() {
        assertEquals("2026-27 Q1", ReportingQuarter.of(LocalDate.of(2026, 4, 1)).toString());
        assertEquals("2026-27 Q1", ReportingQuarter.of(LocalDate.of(2026, 6, 30)).toString());
        assertEquals("2026-27 Q2", ReportingQuarter.of(LocalDate.of(2026, 7, 1)).toString());
        assertEquals("2026-27 Q3", ReportingQuarter.of(LocalDate.of(2026, 12, 31)).toString());
        assertEquals("2026-27 Q4", ReportingQuarter.of(LocalDate.of(2027, 1, 1)).toString());
        assertEquals("2026-27 Q4", ReportingQuarter.of(LocalDate.of(2027, 3, 31)).toString());
        assertEquals("1999-00 Q4", ReportingQuarter.of(LocalDate.of(2000, 2, 29)).toString());
    }
}
