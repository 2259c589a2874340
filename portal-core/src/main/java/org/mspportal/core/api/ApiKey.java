package org.mspportal.core.api;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mspportal.core.security.ReadableCode;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.UnixSHACryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * An API key as a client presents it: {@code msp_<client id>_<secret>}. The client id is public
 * (it names the caller in the audit log as {@code api:<client id>}); the secret is 256 random bits.
 * <p>
 * The secret is stored as SHA-256-crypt ({@code $5$}) in modular crypt format, which the Elytron
 * realm verifies. A slow hash such as bcrypt protects guessable passwords; a 256-bit random secret
 * cannot be guessed, so a cheap salted hash keeps every API call fast without weakening it.
 */
public record ApiKey(String clientId, String secret) {

    static final String PREFIX = "msp_";
    static final int CLIENT_ID_LENGTH = 10;
    private static final int SECRET_BYTES = 32;
    private static final int HASH_ROUNDS = 5000;
    private static final String CRYPT_ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /*
     * Elytron's modular crypt decoder reads "$5$r..." as the start of "rounds=": a hash whose salt
     * began with 'r' was stored but never matched again (one key in 64 refused on every call).
     */
    private static final String FIRST_SALT_ALPHABET = CRYPT_ALPHABET.replace("r", "");
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z2-9]{" + CLIENT_ID_LENGTH + "}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    /** The principal name the realm knows a client by; no account name can contain a colon. */
    public static String principalName(String clientId) {
        return "api:" + clientId;
    }

    public static ApiKey generate(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new ApiKey(ReadableCode.generate(random, CLIENT_ID_LENGTH).toLowerCase(Locale.ROOT),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Reads a key as presented; empty if it cannot be one (so no look-up is made for it). */
    public static Optional<ApiKey> parse(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = presented.substring(PREFIX.length()).trim();
        int split = rest.indexOf('_');
        if (split < 0) {
            return Optional.empty();
        }
        String clientId = rest.substring(0, split);
        String secret = rest.substring(split + 1);
        return CLIENT_ID.matcher(clientId).matches() && SECRET.matcher(secret).matches()
                ? Optional.of(new ApiKey(clientId, secret)) : Optional.empty();
    }

    public String principalName() {
        return principalName(clientId);
    }

    /** The whole key, to show once to the administrator who issued it. */
    public String presented() {
        return PREFIX + clientId + "_" + secret;
    }

    /** A salted hash of the secret, as the realm reads it. */
    public String hash(SecureRandom random) {
        // SHA-256-crypt salts are up to 16 characters of the crypt alphabet, not raw bytes.
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            String alphabet = i == 0 ? FIRST_SALT_ALPHABET : CRYPT_ALPHABET;
            salt[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return hash(salt);
    }

    String hash(byte[] salt) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(UnixSHACryptPassword.ALGORITHM_CRYPT_SHA_256, PROVIDER);
            return ModularCrypt.encodeAsString(factory.generatePassword(
                    new EncryptablePasswordSpec(secret.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(HASH_ROUNDS, salt))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256-crypt is not available", e);
        }
    }

    /** Whether this key's secret is the one hashed; the realm does the same check on every call. */
    public boolean matches(String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(UnixSHACryptPassword.ALGORITHM_CRYPT_SHA_256, PROVIDER);
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), secret.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256-crypt is not available", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKey[" + clientId + "]";
    }
}
