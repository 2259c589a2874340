package org.mspportal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class SetupCodeTest {

    @Test
    void codesAreSixteenCharactersWithoutLookAlikes() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String code = SetupCode.generate(random);
            assertEquals(16, code.length());
            assertTrue(code.chars().allMatch(c -> SetupCode.ALPHABET.indexOf(c) >= 0), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
        }
        assertNotEquals(SetupCode.generate(random), SetupCode.generate(random));
    }

    @Test
    void codeIsShownInGroupsAndAcceptedHoweverItIsTyped() {
        assertEquals("ABCD-EFGH-JKMN-PQRS", SetupCode.grouped("ABCDEFGHJKMNPQRS"));
        assertEquals("ABCDEFGHJKMNPQRS", SetupCode.normalise(" abcd-efgh jkmn-PQRS "));
        assertEquals("", SetupCode.normalise(null));
    }
}
