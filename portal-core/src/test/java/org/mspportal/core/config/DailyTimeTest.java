package org.mspportal.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class DailyTimeTest {

    @Test
    void aTimeOfDayBecomesADailyScheduleInUkTime() {
        ScheduleExpression at = DailyTime.at(" 01:30");
        assertEquals("1", at.getHour());
        assertEquals("30", at.getMinute());
        assertEquals("Europe/London", at.getTimezone());
        assertThrows(IllegalArgumentException.class, () -> DailyTime.at("0130"));
    }
}
