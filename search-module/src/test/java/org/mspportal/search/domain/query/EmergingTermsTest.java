package org.mspportal.search.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EmergingTermsTest {

    @Test
    void wordsAndPhrasesCommonerInTheFoundCommentsThanInEverythingRiseInTheWordsPeopleUsed() {
        List<String> found = List.of(
                "The police never came back to me.",
                "Police never came back, [NAME] said they would.",
                "I rang the police and they never came back.",
                "The carers were kind.");
        // In the whole index of 1,000 comments: "police" in 40, "never came" in 10, "kind" in 300.
        Map<String, Long> overall = Map.of("polic", 40L, "never came", 10L, "kind", 300L, "came back", 30L,
                "never", 60L, "came", 50L, "back", 80L);
        List<EmergingTerms.Term> terms = EmergingTerms.of(found, 1000, stems -> overall.getOrDefault(stems, 3L));
        List<String> words = terms.stream().map(EmergingTerms.Term::words).toList();
        assertTrue(words.contains("never came"), words.toString());
        assertTrue(words.contains("police"), "shown as people wrote it, not as its stem: " + words);
        assertFalse(words.contains("kind"), "in one found comment only");
        assertFalse(words.stream().anyMatch(w -> w.contains("name")), "placeholders never count: " + words);
        assertEquals(3, terms.stream().filter(t -> t.words().equals("police")).findFirst().orElseThrow().comments());
    }

    @Test
    void onlyTheCommonestPhrasesOfWhatWasFoundAreLookedUpInTheWholeIndex() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 200; w++) {
                text.append("word").append((char) ('a' + w % 26)).append((char) ('a' + w / 26)).append(' ');
            }
            found.add(text.toString());
        }
        Set<String> phrasesAsked = new HashSet<>();
        EmergingTerms.of(found, 1000, stems -> {
            if (stems.contains(" ")) {
                phrasesAsked.add(stems);
            }
            return 3;
        });
        assertEquals(EmergingTerms.MAX_PHRASES_LOOKED_UP, phrasesAsked.size(), "199 phrases found, 50 looked up");
    }

    @Test
    void nothingFoundNothingEmerges() {
        assertTrue(EmergingTerms.of(List.of(), 100, s -> 1).isEmpty());
    }
}
