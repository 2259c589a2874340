package org.mspportal.referencegroup.domain.model.topic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in messages: "3 March 2027". */
final class TopicDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TopicDates() {
    }

    static String format(LocalDate day) {
        return DAY.format(day);
    }
}
