package org.mspportal.search.domain.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchEntryTest {

    static SearchEntry entry() {
        SearchEntry entry = new SearchEntry("survey", "feedback-1-LISTENED_TO");
        entry.update("feedback", "Nobody listened to me", Map.of("typesOfRisk", "NEGLECT,PHYSICAL"), null,
                LocalDate.of(2026, 5, 1), Set.of("Being listened to"), Instant.EPOCH);
        return entry;
    }

    @Test
    void aLeadsChoiceOfThemesOutlivesReTagging() {
        SearchEntry entry = entry();
        entry.addTheme("Timeliness");
        entry.removeTheme("Being listened to");
        assertEquals(Set.of("Timeliness"), entry.getThemes());

        entry.retag(Set.of("Being listened to", "Feeling safe"));
        assertEquals(Set.of("Timeliness", "Feeling safe"), entry.getThemes(), "the rules find, the lead's choices stand");
    }

    @Test
    void typesOfRiskArriveAsOneFacetAndAreKeptApart() {
        assertEquals(Set.of("NEGLECT", "PHYSICAL"), entry().getTypesOfRisk());
    }
}
