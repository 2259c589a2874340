package org.mspportal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class ReadableCodeTest {

    @Test
    void codesHaveTheirLengthWithoutLookAlikes() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String code = ReadableCode.generate(random, 16);
            assertEquals(16, code.length());
            assertTrue(code.chars().allMatch(c -> ReadableCode.ALPHABET.indexOf(c) >= 0), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
            assertTrue(ReadableCode.isWellFormed(code, 16));
        }
        assertNotEquals(ReadableCode.generate(random, 16), ReadableCode.generate(random, 16));
    }

    @Test
    void codeIsShownInGroupsAndAcceptedHoweverItIsTyped() {
        assertEquals("ABCD-EFGH-JKMN-PQRS", ReadableCode.grouped("ABCDEFGHJKMNPQRS"));
        assertEquals("ABCDEFGHJKMNPQRS", ReadableCode.normalise(" abcd-efgh jkmn-PQRS "));
        assertEquals("", ReadableCode.normalise(null));
        assertFalse(ReadableCode.isWellFormed("ABCD-EFGH-JKM0", 12));
    }
}
