package org.mspportal.search.domain.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThemeDefinitionTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aThemeNeedsANameAndARuleThatFindsSomething() {
        assertEquals("Give the theme a name.",
                assertThrows(IllegalArgumentException.class, () -> new ThemeDefinition(" ", "police", "lead", NOW)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ThemeDefinition("Common", "the, and, of", "lead", NOW)).getMessage().contains("too common"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ThemeDefinition("x".repeat(81), "police", "lead", NOW)).getMessage().contains("80 characters"));
    }

    @Test
    void theSavedThemeFindsWordsWhateverTheirEndings() {
        ThemeDefinition theme = new ThemeDefinition("  Transport ", "bus, lift to the meeting", "lead", NOW);
        assertEquals("Transport", theme.getName());
        assertEquals(List.of("Transport"), List.copyOf(ThemeTagger.themesOf("Nobody gave me a lift to the meetings",
                List.of(theme.toTheme()))));
    }
}
