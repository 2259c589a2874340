package org.mspportal.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchOutboxEntryTest {

    @Test
    void aPublishedDocumentComesBackExactlyAsItWasHandedOver() {
        SearchDocument document = new SearchDocument("survey", "feedback-7-LISTENED_TO",
                "Nobody told me what was happening.\r\nThe police never came back.",
                Map.of("question", "LISTENED_TO", "answer", "NO", "odd", "a=b\nc&d é"), LocalDate.of(2026, 11, 23));
        SearchOutboxEntry entry = SearchOutboxEntry.publish(document, Instant.parse("2026-11-23T12:00:00Z"));
        assertEquals(SearchOutboxEntry.Operation.PUBLISH, entry.getOperation());
        assertEquals(document, entry.document());
    }

    @Test
    void aWithdrawalNamesOnlyTheDocument() {
        SearchOutboxEntry entry = SearchOutboxEntry.withdraw("reference-group", "suggestion-12", Instant.EPOCH);
        assertEquals(SearchOutboxEntry.Operation.WITHDRAW, entry.getOperation());
        assertEquals("suggestion-12", entry.document().documentId());
        assertEquals(Map.of(), entry.document().facets());
    }

    @Test
    void aDocumentNeedsASourceAnIdAndText() {
        assertThrows(NullPointerException.class, () -> new SearchDocument(null, "x", "t", Map.of(), null));
        assertThrows(NullPointerException.class, () -> new SearchDocument("s", "x", null, Map.of(), null));
    }
}
