package org.mspportal.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aPresentedKeyReadsBackAsTheSameClientAndSecret() {
        ApiKey key = ApiKey.generate(random);
        assertEquals(key, ApiKey.parse(key.presented()).orElseThrow());
        assertTrue(key.presented().startsWith("msp_" + key.clientId() + "_"));
        assertEquals("api:" + key.clientId(), key.principalName());
    }

    @Test
    void theSecretHasTwoHundredAndFiftySixRandomBits() {
        ApiKey key = ApiKey.generate(random);
        assertEquals(32, Base64.getUrlDecoder().decode(key.secret()).length);
        assertNotEquals(key.secret(), ApiKey.generate(random).secret());
    }

    @Test
    void somethingThatCannotBeAKeyIsNotLookedUp() {
        ApiKey key = ApiKey.generate(random);
        assertTrue(ApiKey.parse(null).isEmpty());
        assertTrue(ApiKey.parse("").isEmpty());
        assertTrue(ApiKey.parse("Bearer " + key.presented()).isEmpty());
        assertTrue(ApiKey.parse("msp_" + key.clientId()).isEmpty());
        assertTrue(ApiKey.parse("msp_" + key.clientId() + "_short").isEmpty());
        assertTrue(ApiKey.parse("msp_ADMIN" + "_" + key.secret()).isEmpty());
        assertTrue(ApiKey.parse("msp_../etc/pas_" + key.secret()).isEmpty());
    }

    @Test
    void onlyTheSaltedHashIsKeptAndOnlyTheRightSecretMatchesIt() {
        ApiKey key = ApiKey.generate(random);
        String hash = key.hash(random);
        assertTrue(hash.matches("\\$5\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{43}"), hash);
        assertFalse(hash.contains(key.secret()));
        assertNotEquals(hash, key.hash(random), "each hash has its own salt");
        assertTrue(key.matches(hash));
        assertFalse(new ApiKey(key.clientId(), ApiKey.generate(random).secret()).matches(hash));
        assertFalse(key.matches("not a hash"));
    }

    @Test
    void everyIssuedKeyMatchesItsOwnHash() {
        // One salt character in 64 once made a hash that never matched: enough tries to catch that.
        for (int i = 0; i < 2000; i++) {
            ApiKey key = ApiKey.generate(random);
            String hash = key.hash(random);
            assertTrue(key.matches(hash), hash);
            assertFalse(hash.startsWith("$5$r"), hash);
        }
    }

    @Test
    void aSaltBeginningWithTheLetterRIsWhatTheDecoderMisreads() {
        // Documents why hash() never begins a salt with 'r'; if Elytron mends its decoder this fails
        // and the restriction can go.
        ApiKey key = ApiKey.generate(random);
        assertFalse(key.matches(key.hash("rAbcdefghijklmno".getBytes(StandardCharsets.US_ASCII))));
        assertTrue(key.matches(key.hash("sAbcdefghijklmno".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void theSecretNeverAppearsWhenAKeyIsPrintedOrLogged() {
        ApiKey key = ApiKey.generate(random);
        assertFalse(key.toString().contains(key.secret()));
        assertFalse(new IssuedApiKey(key.clientId(), "Case system", key.presented()).toString().contains(key.secret()));
    }
}
