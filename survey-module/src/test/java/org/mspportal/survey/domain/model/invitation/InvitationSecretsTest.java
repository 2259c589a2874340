package org.mspportal.survey.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class InvitationSecretsTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void linkTokenCarriesAtLeast128RandomBitsAndIsUrlSafe() {
        String token = InvitationSecrets.newLinkToken(random);
        assertTrue(Base64.getUrlDecoder().decode(token).length * 8 >= 128);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, InvitationSecrets.newLinkToken(random));
    }

    @Test
    void shortCodeCanBeReadOverThePhone() {
        for (int i = 0; i < 500; i++) {
            String code = InvitationSecrets.newShortCode(random);
            assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
            assertFalse(code.matches(".*[01OIL].*"), "no look-alike characters: " + code);
            assertTrue(InvitationSecrets.isWellFormedShortCode(code));
        }
    }

    @Test
    void typedCodeMatchesHoweverItIsSpacedOrCased() {
        String hash = InvitationSecrets.hashShortCode("ABCD-EFGH-JKMN");
        assertEquals(hash, InvitationSecrets.hashShortCode("abcd efgh jkmn"));
        assertEquals(hash, InvitationSecrets.hashShortCode(" abcdefghjkmn "));
        assertNotEquals(hash, InvitationSecrets.hashShortCode("ABCD-EFGH-JKMP"));
    }

    @Test
    void malformedCodesAreRecognisedBeforeAnyLookUp() {
        assertFalse(InvitationSecrets.isWellFormedShortCode("ABCD-EFGH"));
        assertFalse(InvitationSecrets.isWellFormedShortCode("ABCD-EFGH-JKM0"));
        assertFalse(InvitationSecrets.isWellFormedShortCode(null));
        assertFalse(InvitationSecrets.isWellFormedShortCode("<script>alert(1)</script>"));
    }

    @Test
    void onlyTheHashIsKeptAndItRevealsNothingOfTheSecret() {
        String token = InvitationSecrets.newLinkToken(random);
        String hash = InvitationSecrets.hash(token);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(token));
    }
}
