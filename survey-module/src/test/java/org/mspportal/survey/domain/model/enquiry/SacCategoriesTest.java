package org.mspportal.survey.domain.model.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The categories are exactly the national lists, in their order (../shared/notes/data-standards.md). */
class SacCategoriesTest {

    static List<String> labels(SacCategory[] values) {
        return Arrays.stream(values).map(SacCategory::label).toList();
    }

    @Test
    void sg1ListsMatchTheNationalReturn() {
        assertEquals(List.of("18-64", "65-74", "75-84", "85-94", "95+"), labels(AgeBand.values()));
        assertEquals(List.of("Male", "Female", "Not Known"), labels(Gender.values()));
        assertEquals(7, Ethnicity.values().length);
        assertEquals("Black / African / Caribbean / Black British", Ethnicity.BLACK.label());
        assertEquals(8, PrimarySupportReason.values().length);
        assertEquals("Support with Memory and Cognition", PrimarySupportReason.MEMORY_AND_COGNITION.label());
    }

    @Test
    void sg2ListsMatchTheNationalReturn() {
        assertEquals(11, TypeOfRisk.values().length);
        assertEquals("Neglect and Acts of Omission", TypeOfRisk.NEGLECT_AND_ACTS_OF_OMISSION.label());
        assertEquals(9, LocationOfRisk.values().length);
        assertEquals("In the community (excluding community services)", LocationOfRisk.COMMUNITY.label());
        assertEquals(List.of("Service Provider", "Other - Known to individual", "Other - Unknown to individual"),
                labels(SourceOfRisk.values()));
        assertEquals(7, RiskAssessmentAndAction.values().length);
        assertEquals(List.of("Risk remained", "Risk reduced", "Risk removed"), labels(RiskOutcome.values()));
    }

    @Test
    void sg3AndSg4aListsMatchTheNationalReturn() {
        assertEquals(4, MentalCapacity.values().length);
        assertEquals(List.of("Yes, they were asked and outcomes were expressed",
                "Yes, they were asked but no outcomes were expressed", "No", "Don't Know", "Not Recorded"),
                labels(MspAsked.values()));
    }
}
