package org.mspportal.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The portal's one time zone. Councils in England work on UK time: a day, a financial year's quarter, a
 * letter's expiry date and a nightly schedule are all reckoned in it, whatever the server's own zone.
 * The current time always comes from the injected {@link Clock} (see {@link ClockProducer}), never the system's.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    /** The UK day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The UK day an instant falls on, written out as letters and emails give a date: "7 December 2026", "7 Rhagfyr 2026". */
    public static String longDate(Instant instant, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(instant.atZone(ZONE));
    }

    /** Today in the UK, by the given clock. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }
}
