package org.mspportal.search.domain.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ThemeTaggerTest {

    @Test
    void aWordMatchesHoweverItIsInflected() {
        ThemeRule rule = ThemeRule.parse("listened");
        assertTrue(rule.matches(EnglishText.stems("Nobody was LISTENING to me")));
        assertTrue(rule.matches(EnglishText.stems("they listen now")));
        assertFalse(rule.matches(EnglishText.stems("I was lost")));
    }

    @Test
    void aPhraseMatchesOnlyAsItsWordsInThatOrder() {
        ThemeRule rule = ThemeRule.parse("never came back");
        assertTrue(rule.matches(EnglishText.stems("The police never came back to me.")));
        assertFalse(rule.matches(EnglishText.stems("I came back but they never rang")));
    }

    @Test
    void aTextCanBelongToSeveralThemesAndTheSeedThemesFindThem() {
        Set<String> themes = ThemeTagger.themesOf("The police never came back and nobody told me what was happening. "
                + "My daughter had to ring them.", SeedThemes.ALL);
        assertEquals(Set.of("Police and justice", "People doing what they said they would",
                "Information and communication", "Family and carers"), themes);
        assertEquals(Set.of("Money and property"), ThemeTagger.themesOf("[NAME] took money from my bank account",
                SeedThemes.ALL));
        assertTrue(ThemeTagger.themesOf("", SeedThemes.ALL).isEmpty());
    }

    @Test
    void thereAreTwelveSeedThemesEachWithItsOwnRule() {
        assertEquals(12, SeedThemes.ALL.size());
        assertEquals(12, SeedThemes.ALL.stream().map(Theme::rule).distinct().count());
    }

    @Test
    void aRuleThatCouldMatchNothingIsRefusedWithAReason() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ThemeRule.parse(" "));
        assertEquals("Give the theme at least one word or phrase.", empty.getMessage());
        IllegalArgumentException common = assertThrows(IllegalArgumentException.class, () -> ThemeRule.parse("the, and, of"));
        assertTrue(common.getMessage().startsWith("Those words are too common"));
        assertThrows(IllegalArgumentException.class, () -> ThemeRule.parse("x".repeat(ThemeRule.MAX_LENGTH + 1)));
        assertEquals(List.of("listen"), EnglishText.stems("listened"));
    }
}
