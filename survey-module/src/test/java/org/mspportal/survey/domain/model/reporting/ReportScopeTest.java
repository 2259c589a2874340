package org.mspportal.survey.domain.model.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportScopeTest {

    @Test
    void aScopeIsTheCouncilOrOneTeam() {
        assertEquals(ReportScope.COUNCIL, ReportScope.parse("council"));
        assertEquals(ReportScope.team(12), ReportScope.parse("team:12"));
        assertEquals("team:12", ReportScope.team(12).key());
        assertThrows(IllegalArgumentException.class, () -> ReportScope.parse("team:x"));
    }
}
