package org.mspportal.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreBcryptInModularCryptFormatWithTheirOwnSalt() {
        String first = hasher.hash("kettle harbour violet".toCharArray());
        String second = hasher.hash("kettle harbour violet".toCharArray());
        assertTrue(first.startsWith("$2a$" + PasswordHasher.COST + "$"), first);
        assertNotEquals(first, second);
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = hasher.hash("kettle harbour violet".toCharArray());
        assertTrue(hasher.matches("kettle harbour violet".toCharArray(), hash));
        assertFalse(hasher.matches("kettle harbour violets".toCharArray(), hash));
        assertFalse(hasher.matches("anything".toCharArray(), "not a hash"));
    }
}
