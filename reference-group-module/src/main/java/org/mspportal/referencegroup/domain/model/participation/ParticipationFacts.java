package org.mspportal.referencegroup.domain.model.participation;

import java.time.Instant;
import java.time.LocalDate;

/** What the participation figures are counted from: plain facts, read from the module's tables. */
public final class ParticipationFacts {

    private ParticipationFacts() {
    }

    /** One invitation to a session that took place: when, whether the member came, and how they take part. */
    public record Invitation(long sessionId, LocalDate sessionDay, long memberId, String memberKind, Boolean attended) {
    }

    /** One suggestion made in the period: its topic, status now, and when it was first answered. */
    public record Suggestion(String topicTitle, String status, Instant madeAt, Instant firstAnsweredAt) {
    }

    /** One member's feedback after a session in the period. */
    public record Feedback(String listenedTo, String venueRight) {
    }
}
