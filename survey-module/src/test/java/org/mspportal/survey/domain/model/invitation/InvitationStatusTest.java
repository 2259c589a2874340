package org.mspportal.survey.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class InvitationStatusTest {

    static final Instant ISSUED = Instant.parse("2026-04-01T09:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(InvitationStatus.DEFAULT_VALIDITY);

    @Test
    void openUntilTheMomentItExpires() {
        assertEquals(InvitationStatus.OPEN, InvitationStatus.at(ISSUED, EXPIRES, null, null));
        assertEquals(InvitationStatus.OPEN, InvitationStatus.at(EXPIRES.minusSeconds(1), EXPIRES, null, null));
        assertEquals(InvitationStatus.EXPIRED, InvitationStatus.at(EXPIRES, EXPIRES, null, null));
    }

    @Test
    void defaultValidityIsEightWeeks() {
        assertEquals(Duration.ofDays(7 * 8), InvitationStatus.DEFAULT_VALIDITY);
    }

    @Test
    void revokedFromTheMomentOfRevocation() {
        Instant revoked = ISSUED.plus(Duration.ofDays(3));
        assertEquals(InvitationStatus.OPEN, InvitationStatus.at(revoked.minusSeconds(1), EXPIRES, revoked, null));
        assertEquals(InvitationStatus.REVOKED, InvitationStatus.at(revoked, EXPIRES, revoked, null));
    }

    @Test
    void completedStaysCompletedEvenAfterExpiry() {
        Instant completed = ISSUED.plus(Duration.ofDays(10));
        assertEquals(InvitationStatus.COMPLETED, InvitationStatus.at(EXPIRES.plusSeconds(60), EXPIRES, null, completed));
    }
}
