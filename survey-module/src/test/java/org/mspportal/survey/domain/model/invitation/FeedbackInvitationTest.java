package org.mspportal.survey.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;

class FeedbackInvitationTest {

    static final Instant ISSUED = Instant.parse("2026-07-01T09:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(InvitationStatus.DEFAULT_VALIDITY);
    private final SecureRandom random = new SecureRandom();

    @Test
    void keepsOnlyTheHashesOfItsSecrets() {
        String token = InvitationSecrets.newLinkToken(random);
        String code = InvitationSecrets.newShortCode(random);
        FeedbackInvitation invitation = new FeedbackInvitation(null, token, code, FeedbackInvitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        assertEquals(InvitationSecrets.hash(token), invitation.getTokenHash());
        assertEquals(InvitationSecrets.hashShortCode(code), invitation.getCodeHash());
        assertNotEquals(token, invitation.getTokenHash());
        assertNotEquals(code, invitation.getCodeHash());
    }

    @Test
    void revokingWorksOnlyWhileOpen() {
        FeedbackInvitation open = new FeedbackInvitation(null, "t1", "ABCD-EFGH-JKMN", FeedbackInvitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        open.revoke(ISSUED.plus(Duration.ofDays(1)));
        assertEquals(InvitationStatus.REVOKED, open.statusAt(ISSUED.plus(Duration.ofDays(2))));

        FeedbackInvitation expired = new FeedbackInvitation(null, "t2", "ABCD-EFGH-JKMP", FeedbackInvitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        expired.revoke(EXPIRES.plusSeconds(1));
        assertEquals(InvitationStatus.EXPIRED, expired.statusAt(EXPIRES.plusSeconds(2)), "an expired invitation stays expired");
    }

    @Test
    void mustExpireAfterItIsIssued() {
        assertThrows(Refusal.class,
                () -> new FeedbackInvitation(null, "t", "ABCD-EFGH-JKMN", FeedbackInvitation.Channel.LETTER, "pat", ISSUED, ISSUED));
    }
}
