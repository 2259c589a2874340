package org.mspportal.it.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Words as people really type them: Welsh, Polish, Urdu and Arabic (right to left), emoji with skin tones
 * and joiners, a letter and its accent typed as two characters, curly quotes and dashes, pounds. Each must
 * come back exactly as typed, never normalised, never double-encoded.
 */
public final class ForeignText {

    public static final String WELSH = "Roedd y gweithiwr yn garedig: ŵ ŷ Ŵ Ŷ â ê î ô û";
    public static final String CURLY = "It’s “fine” – really — £3,000 and €20";
    public static final String POLISH = "Zażółć gęślą jaźń";
    public static final String URDU = "مجھے محفوظ محسوس ہوتا ہے";
    public static final String ARABIC = "شكرا لكم";
    public static final String EMOJI = "👍🏽 👨‍👩‍👧 ✓";
    /** "café" with the accent as a separate combining character (e + U+0301), as some keyboards send it. */
    public static final String COMBINING = "cafe\u0301 nai\u0308ve";

    public static final List<String> ALL = List.of(WELSH, CURLY, POLISH, URDU, ARABIC, EMOJI, COMBINING);

    /** One line holding every kind, short enough for a 300-character field. */
    public static final String MIXED = "ŵŷ it’s “café” – Zażółć 😀👍🏽 مجھے £3 cafe\u0301";

    private ForeignText() {
    }

    /** What the words look like after being read as ISO-8859-1 bytes: the garbling to look for. */
    public static String garbled(String words) {
        return new String(words.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
