package org.mspportal.search.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void wordsPhrasesOrExclusionAndPrefixBecomeTheIndexSyntax() {
        QueryWords words = QueryWords.parse("police \"never came back\" OR court -money listen*");
        assertEquals("police \"never came back\" | court -money listen*", words.simpleQuery());
        assertTrue(words.marks("polic"), "police, by its stem");
        assertTrue(words.marks("came"));
        assertTrue(words.marks("listened"), "a prefix marks every word it starts");
        assertFalse(words.marks("monei"), "an excluded word is not marked");
    }

    @Test
    void anUnclosedQuoteIsClosedAndStrayOperatorsAreDropped() {
        assertEquals("\"nobody told me\"", QueryWords.parse("\"nobody told me").simpleQuery());
        assertEquals("safe", QueryWords.parse("OR safe OR").simpleQuery());
        assertEquals("safe", QueryWords.parse("safe ) ( ~ ^").simpleQuery());
        assertEquals("police court", QueryWords.parse("(police court)~2^3").simpleQuery());
        assertTrue(QueryWords.parse("  ").isEmpty());
        assertTrue(QueryWords.parse(null).isEmpty());
    }

    @Test
    void aRepairedSearchSaysWhatWasChangedAndPlainWordsSayNothing() {
        assertTrue(QueryWords.parse("\"nobody told me").repair().contains("quotation mark was not closed"));
        assertTrue(QueryWords.parse("(police AND court)~2").repair().contains("brackets"));
        assertEquals(null, QueryWords.parse("Nobody told me, ever.").repair());
        assertTrue(QueryWords.parse("x".repeat(600)).repair().contains("first 500 characters"));
    }

    @Test
    void veryLongQueriesAreCapped() {
        QueryWords words = QueryWords.parse("listened ".repeat(200));
        assertTrue(words.simpleQuery().length() <= QueryWords.MAX_LENGTH, words.simpleQuery().length() + " characters");
    }
}
