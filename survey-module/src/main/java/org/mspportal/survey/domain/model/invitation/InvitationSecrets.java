package org.mspportal.survey.domain.model.invitation;

import java.security.SecureRandom;

import org.mspportal.core.security.ReadableCode;
import org.mspportal.core.security.SecretHash;

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

    private InvitationSecrets() {
    }

    public static String newLinkToken(SecureRandom random) {
        return SecretHash.newToken(random);
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
        return SecretHash.sha256Hex(secret);
    }

    public static String hashShortCode(String typed) {
        return hash(normaliseShortCode(typed));
    }
}
