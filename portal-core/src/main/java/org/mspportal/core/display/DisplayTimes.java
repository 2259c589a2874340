package org.mspportal.core.display;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.mspportal.core.time.UkTime;

/**
 * Dates and times as people in England read them, in UkTime.ZONE time, for every module's pages:
 * {@code #{times.dateTime(entry.at)}}, {@code #{times.day(enquiry.startedOn)}}.
 */
@Named("times")
@ApplicationScoped
public class DisplayTimes {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UkTime.ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(UkTime.ZONE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }
}
