package org.mspportal.referencegroup.application;

import java.time.Instant;
import java.util.List;

/**
 * How the group is taking part, for the facilitator: suggestions per topic, and the share answered
 * within 28 days of being made.
 *
 * @param topics            suggestions (and how many were answered in time) per topic
 * @param answeredInTime    suggestions answered within 28 days
 * @param dueAnAnswer       suggestions made at least 28 days ago, or already answered
 * @param attendance        for each session that has taken place, how many were invited and how many came
 */
public record ParticipationFigures(List<TopicFigures> topics, long answeredInTime, long dueAnAnswer,
                                   List<AttendanceFigures> attendance) {

    /** The share answered within 28 days, as a whole percentage, or null while nothing is due. */
    public Integer answeredInTimePercent() {
        return dueAnAnswer == 0 ? null : (int) Math.round(100.0 * answeredInTime / dueAnAnswer);
    }

    public record TopicFigures(String title, long suggestions, long supports) {
    }

    public record AttendanceFigures(Instant startsAt, long invited, long came) {
    }
}
