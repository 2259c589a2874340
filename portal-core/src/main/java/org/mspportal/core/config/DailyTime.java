package org.mspportal.core.config;

import jakarta.ejb.ScheduleExpression;

import org.mspportal.core.time.UkTime;

/** A time of day from configuration ({@code HH:mm}, UK time) as an EJB timer's schedule. */
public final class DailyTime {

    private DailyTime() {
    }

    public static ScheduleExpression at(String hoursAndMinutes) {
        String[] parts = hoursAndMinutes.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A time of day is written HH:mm, like 01:30, not " + hoursAndMinutes);
        }
        return new ScheduleExpression().hour(Integer.parseInt(parts[0].strip())).minute(Integer.parseInt(parts[1].strip()))
                .timezone(UkTime.ZONE.getId());
    }
}
