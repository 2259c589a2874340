package org.mspportal.survey.domain.model.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.mspportal.core.security.ReadableCode;

/**
 * The two secrets of a feedback invitation, and how they are stored.
 *
 * <ul>
 *   <li>The <b>link token</b>: 256 random bits, URL-safe, for the single-use link in an email or letter.</li>
 *   <li>The <b>short code</b>: a 12-character {@link ReadableCode}, shown as {@code ABCD-EFGH-JKMN} so
 *       it can be read over the phone (about 59 bits, so the respondent start page must limit guessing).</li>
 * </ul>
 * Only SHA-256 hashes of them are stored; the secrets themselves exist only in what the person receives.
 */
public final class InvitationSecrets {

    static final int CODE_LENGTH = 12;
    static final int TOKEN_BYTES = 32;

    private InvitationSecrets() {
    }

    public static String newLinkToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A short code, grouped for reading aloud: {@code ABCD-EFGH-JKMN}. */
    public static String newShortCode(SecureRandom random) {
        return ReadableCode.grouped(ReadableCode.generate(random, CODE_LENGTH));
    }

    /** The code as the person typed it, made comparable: case, spaces, dots and hyphens do not matter. */
    public static String normaliseShortCode(String typed) {
        return ReadableCode.normalise(typed);
    }

    /** Whether a typed code could be a short code at all (before any look-up). */
    public static boolean isWellFormedShortCode(String typed) {
        return ReadableCode.isWellFormed(typed, CODE_LENGTH);
    }

    /** What is stored: the SHA-256 of the secret, in hex. Short codes are hashed after normalising. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashShortCode(String typed) {
        return hash(normaliseShortCode(typed));
    }
}
