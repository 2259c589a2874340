package org.mspportal.core.search.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;

class OutboxEntryTest {

    @Test
    void aPublishedTextComesBackExactlyAsItWasHandedOver() {
        PracticeLearningText text = PracticeLearningText.of(new DocumentRef("survey", "feedback-7-listened"), "feedback",
                        "Nobody told me what was happening.\r\nThe police never came back. Dw i'n hapus 😀",
                        "enquiry-7", LocalDate.of(2026, 11, 23))
                .with(Attribute.QUESTION, "listened")
                .with(Attribute.ANSWER, "NO")
                .with(Attribute.TOPIC, "a=b\nc&d é")
                .with(Attribute.TYPE_OF_RISK, List.of("NEGLECT", "FINANCIAL"));
        OutboxEntry entry = OutboxEntry.publish(text, Instant.parse("2026-11-23T12:00:00Z"));
        assertEquals(OutboxEntry.Operation.PUBLISH, entry.getOperation());
        assertEquals(text, entry.text());
    }

    @Test
    void aWithdrawalNamesOnlyTheText() {
        OutboxEntry entry = OutboxEntry.withdraw(new DocumentRef("reference-group", "suggestion-12"), Instant.EPOCH);
        assertEquals(OutboxEntry.Operation.WITHDRAW, entry.getOperation());
        assertEquals(new DocumentRef("reference-group", "suggestion-12"), entry.document());
    }

    @Test
    void anEntryQueuedUnderVersionOneOfTheContractReadsAsTheSameText() {
        PracticeLearningText survey = OutboxCodec.fromVersion1(new DocumentRef("survey", "feedback-3-outcome-1"), "words",
                "answer=YES\nanswerBy=x\nkind=feedback\nperson=enquiry-3\nquestion=outcome\nquarter=2026-Q3"
                        + "\nteam=2\ntypesOfRisk=NEGLECT%2CFINANCIAL", LocalDate.of(2026, 9, 1));
        assertEquals("outcome", survey.kind());
        assertEquals("enquiry-3", survey.author());
        assertEquals(Set.of("NEGLECT", "FINANCIAL"), survey.values(Attribute.TYPE_OF_RISK));
        assertEquals("2026-Q3", survey.value(Attribute.PERIOD));
        assertEquals("2", survey.value(Attribute.TEAM));

        PracticeLearningText group = OutboxCodec.fromVersion1(new DocumentRef("reference-group", "comment-4"), "w",
                "person=member-9\nsource=suggestion-comment\ntopic=Bus+passes", null);
        assertEquals("suggestion-comment", group.kind());
        assertEquals("Bus passes", group.value(Attribute.TOPIC));
    }

    @Test
    void aTextNeedsAReferenceAKindWordsAndAnAuthor() {
        DocumentRef ref = new DocumentRef("s", "x");
        assertThrows(NullPointerException.class, () -> PracticeLearningText.of(null, "k", "t", "a", null));
        assertThrows(NullPointerException.class, () -> PracticeLearningText.of(ref, "k", null, "a", null));
        assertThrows(IllegalArgumentException.class, () -> new DocumentRef("", "x"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentRef("s", "x".repeat(101)));
        assertEquals(Map.of(), PracticeLearningText.of(ref, "k", "t", "a", null).with(Attribute.TOPIC, " ").attributes());
    }
}
