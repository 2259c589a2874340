package org.mspportal.search.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    static String marked(String word) {
        return Snippets.MATCH_START + word + Snippets.MATCH_END;
    }

    @Test
    void theWordsAskedForAreMarkedByTheirStems() {
        List<String> passages = Snippets.of("Nobody listened to me, and when I was listening they left.",
                QueryWords.parse("listen"));
        assertEquals(List.of("Nobody " + marked("listened") + " to me, and when I was " + marked("listening")
                + " they left."), passages);
    }

    @Test
    void aLongTextShowsAtMostTwoPassagesAroundTheMatchesCutAtWords() {
        String text = "The start. " + "Filler words go here again. ".repeat(20) + "The police came. "
                + "More filler words here. ".repeat(20) + "Then the police left. " + "End words. ".repeat(20)
                + "The police once more.";
        List<String> passages = Snippets.of(text, QueryWords.parse("police"));
        assertEquals(2, passages.size());
        for (String passage : passages) {
            assertTrue(passage.contains(marked("police")), passage);
            assertTrue(passage.startsWith("… ") && passage.endsWith(" …"), passage);
            assertTrue(passage.length() <= Snippets.LENGTH + 20, passage.length() + ": " + passage);
        }
    }

    @Test
    void withoutWordsTheStartOfTheTextIsShown() {
        assertEquals(List.of("I felt safe."), Snippets.of("I felt safe.", QueryWords.parse("")));
    }
}
