package org.mspportal.core.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** How usernames are written: trimmed, lower case, letters, digits, dot, hyphen, underscore and at-sign. */
public final class Usernames {

    public static final int MAX_LENGTH = 80;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{2," + MAX_LENGTH + "}");

    private Usernames() {
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String username) {
        return ALLOWED.matcher(normalise(username)).matches();
    }
}
