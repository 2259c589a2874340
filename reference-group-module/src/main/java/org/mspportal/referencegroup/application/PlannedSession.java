package org.mspportal.referencegroup.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.mspportal.referencegroup.domain.model.session.Venue;

/**
 * What a facilitator fills in to plan a session. Agenda lines are one item each; a line may start with
 * the id of a topic it is about, chosen from a list.
 */
public record PlannedSession(String purpose, LocalDate day, LocalTime startTime, Integer minutes, Venue venue, String venueName,
                             String venueAccessibility, List<AgendaLine> agenda, String materials, String easyReadSummary) {

    /** One agenda item: its title, and the topic it is about (or null). */
    public record AgendaLine(String title, Long topicId) {
    }
}
