package org.mspportal.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsOfNoughtToFourAreHiddenAndTheRestRoundedToTheNearestFive() {
        assertEquals("*", SmallNumbers.shown(0));
        assertEquals("*", SmallNumbers.shown(4));
        assertEquals("5", SmallNumbers.shown(5));
        assertEquals("5", SmallNumbers.shown(7));
        assertEquals("10", SmallNumbers.shown(8));
        assertEquals("10", SmallNumbers.shown(12));
        assertEquals("15", SmallNumbers.shown(13));
        assertEquals("1235", SmallNumbers.shown(1234));
        assertThrows(IllegalArgumentException.class, () -> SmallNumbers.rounded(-1));
    }

    @Test
    void percentagesUseTheUnroundedCountsAndHideWithThem() {
        assertEquals("17.5%", SmallNumbers.percentage(7, 40), "7 of 40, not 5 of 40");
        assertEquals("*", SmallNumbers.percentage(3, 40), "7.5% would give the 3 away");
        assertEquals("*", SmallNumbers.percentage(3, 4));
        assertEquals("*", SmallNumbers.percentage(0, 0));
    }
}
