package org.mspportal.survey.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedCodesTest {

    @Test
    void equalCodesReadAgainComeBackAsTheFirstInstanceAndDifferentCodesStayThemselves() {
        SharedCodes codes = new SharedCodes();
        String first = new String("AGED_65_TO_74");
        assertSame(first, codes.of(first));
        assertSame(first, codes.of(new String("AGED_65_TO_74")));
        String other = new String("AGED_75_TO_84");
        assertSame(other, codes.of(other), "same length, first and last characters: another code");
        assertSame(first, codes.of(new String("AGED_65_TO_74")));
        assertNull(codes.of(null));
        assertEquals("", codes.of(""));
    }

    @Test
    void aCrowdedTableStillAnswersWithAnEqualCode() {
        SharedCodes codes = new SharedCodes();
        for (int i = 0; i < 5000; i++) {
            String code = "CODE_" + i;
            assertEquals(code, codes.of(new String(code)));
        }
        String kept = codes.of("CODE_1");
        assertSame(kept, codes.of(new String("CODE_1")), "a code seen early stays shared");
    }
}
