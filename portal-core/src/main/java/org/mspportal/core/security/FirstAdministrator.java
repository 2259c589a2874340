package org.mspportal.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.rule.Refusal;

/**
 * Makes sure a portal outside demo mode can get its first administrator without any default password:
 * from configuration ({@code MSP_ADMIN_USERNAME}, {@code MSP_ADMIN_PASSWORD}), or else through a
 * one-time setup code written to the server log and entered on the setup page.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    /** About 78 bits: a code only an administrator with the server log can know. */
    static final int SETUP_CODE_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] setupCodeHash;

    @Transactional
    public void ensure() {
        if (accounts.anyWithRole(PortalRole.ADMIN)) {
            setupCodeHash = null;
            return;
        }
        Optional<String> username = settings.adminUsername();
        Optional<String> password = settings.adminPassword();
        if (username.isPresent() && password.isPresent()) {
            Optional<String> problem = PasswordPolicy.problemWith(password.get(), username.get());
            if (problem.isEmpty()) {
                accounts.create(username.get(), "Administrator", null, EnumSet.of(PortalRole.ADMIN),
                        password.get().toCharArray());
                audit.recordAs("system", "CREATED_FIRST_ADMIN", username.get(), "from configuration", null);
                LOG.info("Created the first administrator from configuration.");
                return;
            }
            LOG.warning("MSP_ADMIN_PASSWORD is not accepted (" + problem.get() + "); using a setup code instead.");
        }
        String code = ReadableCode.generate(random, SETUP_CODE_LENGTH);
        setupCodeHash = digest(code);
        LOG.warning("No administrator exists yet. Open " + settings.publicUrl()
                + "setup.xhtml and enter this one-time setup code: " + ReadableCode.grouped(code));
    }

    public boolean isSetupOpen() {
        return setupCodeHash != null;
    }

    /**
     * Creates the first administrator if the code is right and no administrator exists yet.
     *
     * @throws Refusal with a message fit to show, if the code or the details are not accepted
     */
    @Transactional
    public void completeSetup(String code, String username, String displayName, String password, String fromAddress) {
        byte[] expected = setupCodeHash;
        if (expected == null || accounts.anyWithRole(PortalRole.ADMIN)) {
            throw new Refusal("Set-up has already been completed. Sign in instead.");
        }
        if (!MessageDigest.isEqual(expected, digest(ReadableCode.normalise(code)))) {
            audit.recordAs(username, "SETUP_CODE_REFUSED", null, null, fromAddress);
            throw new Refusal("That setup code is not right. Check the server log for the current code.");
        }
        PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        accounts.create(username, displayName, null, EnumSet.of(PortalRole.ADMIN), password.toCharArray());
        setupCodeHash = null;
        audit.recordAs(username, "CREATED_FIRST_ADMIN", username, "with the setup code", fromAddress);
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
