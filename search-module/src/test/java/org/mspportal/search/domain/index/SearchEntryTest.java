package org.mspportal.search.domain.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;

class SearchEntryTest {

    static SearchEntry entry() {
        SearchEntry entry = new SearchEntry("survey", "feedback-1-LISTENED_TO");
        PracticeLearningText text = PracticeLearningText.of(new DocumentRef("survey", "feedback-1-LISTENED_TO"), "feedback",
                "Nobody listened to me", "enquiry-1", LocalDate.of(2026, 5, 1))
                .with(Attribute.TYPE_OF_RISK, List.of("NEGLECT", "PHYSICAL"));
        entry.update(text, "Nobody listened to me", null, Set.of("Being listened to"), Instant.EPOCH);
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
    void eachTypeOfRiskIsKeptApart() {
        assertEquals(Set.of("NEGLECT", "PHYSICAL"), entry().getTypesOfRisk());
    }
}
