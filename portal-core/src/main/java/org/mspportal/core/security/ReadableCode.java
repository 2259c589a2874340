package org.mspportal.core.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Random codes that people read out and type: setup codes, feedback invitation codes. The alphabet has
 * no look-alikes (no 0/O, 1/I/L); codes are shown in groups of four ({@code ABCD-EFGH-JKMN}) and
 * accepted however they are typed (any case, spaces, hyphens, dots).
 */
public final class ReadableCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private ReadableCode() {
    }

    /** A code of {@code length} characters from the alphabet, without grouping. */
    public static String generate(SecureRandom random, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** For showing: {@code ABCD-EFGH-JKMN}. */
    public static String grouped(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    /** As typed, made comparable: case, spaces, hyphens, underscores and dots do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-_.]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a typed code could be one of {@code length} characters at all (before any look-up). */
    public static boolean isWellFormed(String typed, int length) {
        String code = normalise(typed);
        return code.length() == length && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
