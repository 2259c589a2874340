package org.mspportal.survey.domain.model.invitation;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an invitation can still be used, from its dates: issued, expires, revoked, completed.
 * A person who opens an unusable invitation is told kindly, never which case it was.
 */
public enum InvitationStatus {
    OPEN, COMPLETED, EXPIRED, REVOKED;

    /** Default validity: 8 weeks, as the MSP Outcomes Framework asks within eight weeks of closure. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(56);

    public static InvitationStatus at(Instant now, Instant expiresAt, Instant revokedAt, Instant completedAt) {
        if (completedAt != null) {
            return COMPLETED;
        }
        if (revokedAt != null && !now.isBefore(revokedAt)) {
            return REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        return OPEN;
    }
}
