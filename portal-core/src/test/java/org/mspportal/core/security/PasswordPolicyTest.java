package org.mspportal.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void threeRandomWordsAreAccepted() {
        assertTrue(PasswordPolicy.problemWith("kettle harbour violet", "pat").isEmpty());
    }

    @Test
    void shortRepetitiveOrUsernameBasedPasswordsAreRefusedWithAReason() {
        assertTrue(PasswordPolicy.problemWith("short", "pat").orElseThrow().contains("at least 12"));
        assertTrue(PasswordPolicy.problemWith("aaaaaaaaaaaaaaa", "pat").orElseThrow().contains("too easy"));
        assertTrue(PasswordPolicy.problemWith("my name is pat.smith!", "Pat.Smith").orElseThrow().contains("username"));
        assertTrue(PasswordPolicy.problemWith(null, "pat").isPresent());
        assertTrue(PasswordPolicy.problemWith("x".repeat(64) + "y".repeat(65), "pat").isPresent());
    }

    @Test
    void usernamesAreNormalisedAndChecked() {
        assertTrue(Usernames.isWellFormed("  Pat.Smith@council.gov.uk "));
        assertFalse(Usernames.isWellFormed("pat smith"));
        assertFalse(Usernames.isWellFormed("p"));
        assertFalse(Usernames.isWellFormed("<script>"));
    }
}
