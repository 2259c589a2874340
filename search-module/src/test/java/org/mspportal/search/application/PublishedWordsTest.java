package org.mspportal.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublishedWordsTest {

    @Test
    void aCodeNoVocabularyWordsReadsAsWordsMadeFromTheCode() {
        assertEquals("Listened to", PublishedWords.humanise("LISTENED_TO"));
        assertEquals("Suggestion comment", PublishedWords.humanise("suggestion-comment"));
        assertEquals("", PublishedWords.humanise(null));
    }
}
