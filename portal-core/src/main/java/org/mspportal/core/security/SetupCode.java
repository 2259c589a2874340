package org.mspportal.core.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time code that lets the first administrator be created: 16 characters (about 78 bits) from
 * an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups of four so it can be read out.
 */
public final class SetupCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 16;

    private SetupCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed: spaces and hyphens ignored, any case. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** For the log: {@code ABCD-EFGH-JKMN-PQRS}. */
    public static String grouped(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
