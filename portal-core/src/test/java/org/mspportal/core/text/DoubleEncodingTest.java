package org.mspportal.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleEncodingTest {

    private static String garble(String words) {
        return new String(words.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"café it’s", "Roedd hi’n garedig: ŵ ŷ Ŵ Ŷ", "£3,000", "Zażółć gęślą jaźń",
            "مجھے محفوظ محسوس ہوتا ہے", "شكرا لكم", "👍🏽 👨‍👩‍👧", "cafe\u0301 nai\u0308ve", "“quotes” – and — dashes",
            "ÿ and ü and é", "mixed ASCII with one ’"})
    void wordsGarbledOnceOrTwiceComeBackExactlyAsTyped(String typed) {
        assertEquals(Optional.of(typed), DoubleEncoding.repaired(garble(typed)));
        assertEquals(Optional.of(typed), DoubleEncoding.repaired(garble(garble(typed))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII words", "café", "£3,000", "it’s fine", "naïve façade", "Ã on its own",
            "ŵ ŷ", "👍", "Â£ but with a curly ’ too", "Ã©tÃ© Ã  Paris ’", "© 2026 ® ±", "Ünïcödé ßtraße"})
    void wordsTypedCorrectlyInAnyLanguageAreNeverTouched(String typed) {
        assertEquals(Optional.empty(), DoubleEncoding.repaired(typed));
    }
}
