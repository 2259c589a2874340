package org.mspportal.core.security;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;

/** Keeps count of failed sign-ins and decides when attempts must wait or are locked out. */
@ApplicationScoped
@Transactional
public class LoginGuard {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LoginAssessment assess(String username) {
        LoginAttempts attempts = em.find(LoginAttempts.class, Usernames.normalise(username));
        return attempts == null ? LoginAssessment.allowed() : attempts.assess(clock.instant(), policy());
    }

    public LoginAssessment recordFailure(String username, String fromAddress) {
        String name = Usernames.normalise(username);
        LoginAttempts attempts = em.find(LoginAttempts.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (attempts == null) {
            attempts = new LoginAttempts(name);
            em.persist(attempts);
        }
        LoginAssessment result = attempts.recordFailure(clock.instant(), policy());
        audit.recordAs(name, "SIGN_IN_FAILED", null,
                result.outcome() == LoginAssessment.Outcome.LOCKED ? "locked until " + result.until() : null,
                fromAddress);
        return result;
    }

    public void recordSuccess(String username, String fromAddress) {
        String name = Usernames.normalise(username);
        LoginAttempts attempts = em.find(LoginAttempts.class, name);
        if (attempts != null) {
            em.remove(attempts);
        }
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", name)
                .getResultStream().findFirst()
                .ifPresent(account -> account.recordLogin(clock.instant()));
        audit.recordAs(name, "SIGNED_IN", null, null, fromAddress);
    }

    /** Lifts a lock early; for administrators. */
    public void unlock(String username) {
        LoginAttempts attempts = em.find(LoginAttempts.class, Usernames.normalise(username));
        if (attempts != null) {
            em.remove(attempts);
        }
    }

    /** The usernames locked now, in one query (for the administrators' user list). */
    public Set<String> lockedUsernames() {
        return Set.copyOf(em.createQuery("SELECT a.username FROM LoginAttempts a WHERE a.lockedUntil > :now", String.class)
                .setParameter("now", clock.instant()).getResultList());
    }

    private LoginThrottlePolicy policy() {
        LoginThrottlePolicy d = LoginThrottlePolicy.DEFAULT;
        return new LoginThrottlePolicy(settings.loginFreeAttempts(), d.firstWait(), d.maximumWait(),
                settings.loginLockAfter(), settings.loginLockDuration());
    }
}
