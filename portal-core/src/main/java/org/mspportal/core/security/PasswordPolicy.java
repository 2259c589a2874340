package org.mspportal.core.security;

import java.util.Optional;

/**
 * What makes a password acceptable, following NCSC guidance: long rather than complex.
 * Returns a plain-English reason when a password is refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. Three random words work well.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use no more than " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess. Three random words work well.");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(Usernames.normalise(username))) {
            return Optional.of("Your password must not contain your username.");
        }
        return Optional.empty();
    }
}
