package org.mspportal.search.domain.index;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who wrote some words, as the index may know it: a keyed hash (HMAC-SHA256) of the publishing module and
 * its own reference to the person. Equal for the same person, so distinct people can be counted; without
 * the key, which stays in the database, it cannot be matched to an enquiry or a member, however few there are.
 */
public final class PersonKey {

    private PersonKey() {
    }

    /** @return 32 hex characters (128 bits), or null when the publisher named no person */
    public static String of(byte[] secret, String source, String person) {
        if (person == null || person.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal((source + ":" + person).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
