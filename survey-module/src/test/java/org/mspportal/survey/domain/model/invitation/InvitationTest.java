package org.mspportal.survey.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mspportal.survey.domain.model.enquiry.EnquiryRuleException;

class InvitationTest {

    static final Instant ISSUED = Instant.parse("2026-07-01T09:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(InvitationStatus.DEFAULT_VALIDITY);
    private final SecureRandom random = new SecureRandom();

    @Test
    void keepsOnlyTheHashesOfItsSecrets() {
        String token = InvitationSecrets.newLinkToken(random);
        String code = InvitationSecrets.newShortCode(random);
        Invitation invitation = new Invitation(null, token, code, Invitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        assertEquals(InvitationSecrets.hash(token), invitation.getTokenHash());
        assertEquals(InvitationSecrets.hashShortCode(code), invitation.getCodeHash());
        assertNotEquals(token, invitation.getTokenHash());
        assertNotEquals(code, invitation.getCodeHash());
    }

    @Test
    void revokingWorksOnlyWhileOpen() {
        Invitation open = new Invitation(null, "t1", "ABCD-EFGH-JKMN", Invitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        open.revoke(ISSUED.plus(Duration.ofDays(1)));
        assertEquals(InvitationStatus.REVOKED, open.statusAt(ISSUED.plus(Duration.ofDays(2))));

        Invitation expired = new Invitation(null, "t2", "ABCD-EFGH-JKMP", Invitation.Channel.LETTER, "pat", ISSUED, EXPIRES);
        expired.revoke(EXPIRES.plusSeconds(1));
        assertEquals(InvitationStatus.EXPIRED, expired.statusAt(EXPIRES.plusSeconds(2)), "an expired invitation stays expired");
    }

    @Test
    void mustExpireAfterItIsIssued() {
        assertThrows(EnquiryRuleException.class,
                () -> new Invitation(null, "t", "ABCD-EFGH-JKMN", Invitation.Channel.LETTER, "pat", ISSUED, ISSUED));
    }
}
