package org.mspportal.core.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.rule.Refusal;

/**
 * Accounts of the portal. This service does no role checks of its own: the administration facade
 * ({@code UserAdministration}, restricted to ADMIN) and start-up code call it.
 */
@ApplicationScoped
@Transactional
public class UserAccounts {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", Usernames.normalise(username))
                .getResultStream().findFirst();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    /** The email addresses of the enabled accounts holding a role, for alerts that must reach them. */
    public List<String> emailsOf(PortalRole role) {
        return em.createNamedQuery("UserAccount.emailsWithRole", String.class).setParameter("role", role).getResultList();
    }

    public boolean anyWithRole(PortalRole role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class)
                .setParameter("role", role).getSingleResult() > 0;
    }

    /**
     * Creates an account. The caller has checked the password against {@link PasswordPolicy}
     * where a person chose it.
     *
     * @throws Refusal if the username is malformed or already taken
     */
    public UserAccount create(String username, String displayName, String email, Set<PortalRole> roles, char[] password) {
        if (!Usernames.isWellFormed(username)) {
            throw new Refusal("Usernames use 2 to 80 lower-case letters, digits, dots, hyphens or @.");
        }
        if (findByUsername(username).isPresent()) {
            throw new Refusal("That username is already taken. Choose another.");
        }
        UserAccount account = new UserAccount(username, displayName, email, roles, clock.instant());
        if (password != null) {
            account.setPasswordHash(hasher.hash(password));
        }
        em.persist(account);
        return account;
    }
}
