package org.mspportal.search.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void checksTheModulus11CheckDigit() {
        assertTrue(NhsNumber.isValid("9434765919"));
        assertFalse(NhsNumber.isValid("9434765918"));
        assertFalse(NhsNumber.isValid("943476591"));
        assertFalse(NhsNumber.isValid("94347659x9"));
    }

    @Test
    void aCheckDigitOfTenIsNeverValid() {
        // 100000001x: weights give a remainder of 1, so the check digit would be 10.
        assertFalse(NhsNumber.isValid("1000000010"));
    }
}
