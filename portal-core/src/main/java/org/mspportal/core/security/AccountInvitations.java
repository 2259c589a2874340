package org.mspportal.core.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.rule.Refusal;

/**
 * Invitations to choose a password. A module that gives someone an account (for example a facilitator
 * adding a reference group member) issues one and sends the link; the person opens it, chooses a
 * password and can then sign in. Issuing a new invitation closes earlier ones. No role checks here:
 * the issuing module's own service is role-checked, and redeeming needs only the secret token.
 */
@ApplicationScoped
@Transactional
public class AccountInvitations {

    /** The public page that redeems an invitation; the token follows as {@code ?t=}. */
    public static final String WELCOME_PATH = "account/welcome.xhtml";
    static final Duration VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new invitation for the account; the link returned is the only copy of its secret. */
    public IssuedAccountInvitation issue(String username, String issuedBy) {
        UserAccount account = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", Usernames.normalise(username)).getResultStream().findFirst()
                .orElseThrow(() -> new Refusal("There is no such account."));
        Instant now = clock.instant();
        em.createNamedQuery("AccountInvitation.openFor", AccountInvitation.class).setParameter("account", account)
                .getResultList().forEach(earlier -> earlier.close(now));
        String token = SecretHash.newToken(RANDOM);
        AccountInvitation invitation = new AccountInvitation(account, SecretHash.sha256Hex(token), issuedBy, now, now.plus(VALIDITY));
        em.persist(invitation);
        audit.record("ISSUED_ACCOUNT_INVITATION", account.getUsername(), null);
        return new IssuedAccountInvitation(account.getUsername(), settings.publicUrl() + WELCOME_PATH + "?t=" + token,
                invitation.getExpiresAt());
    }

    /** The username an unused, unexpired invitation is for. */
    public Optional<String> usernameFor(String token) {
        return usable(token).map(i -> i.getAccount().getUsername());
    }

    /**
     * Sets the password chosen through the invitation and closes it.
     *
     * @throws Refusal if the link no longer works or the password is too weak
     */
    public String redeem(String token, String password, String fromAddress) {
        AccountInvitation invitation = usable(token).orElseThrow(() -> new Refusal(
                "This link no longer works. Ask the person who invited you to send a new one."));
        UserAccount account = invitation.getAccount();
        PasswordPolicy.problemWith(password, account.getUsername()).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        account.setPasswordHash(hasher.hash(password.toCharArray()));
        invitation.close(clock.instant());
        audit.recordAs(account.getUsername(), "CHOSE_PASSWORD_FROM_INVITATION", account.getUsername(), null, fromAddress);
        return account.getUsername();
    }

    private Optional<AccountInvitation> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountInvitation.byTokenHash", AccountInvitation.class)
                .setParameter("hash", SecretHash.sha256Hex(token)).getResultStream().findFirst()
                .filter(i -> i.isUsableAt(clock.instant()) && i.getAccount().isEnabled());
    }
}
