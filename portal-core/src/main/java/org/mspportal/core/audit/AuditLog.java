package org.mspportal.core.audit;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

/**
 * Records every staff view or export of personal data, and every sign-in, in the audit log.
 * Modules call {@link #record}; the actor and address come from the current request.
 * The entry joins the caller's transaction, so an audited action and its audit line commit together.
 */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<Principal> principal;

    @Inject
    Instance<HttpServletRequest> request;

    /** Audits an action of the signed-in person, e.g. {@code record("VIEWED_USERS", "user list", null)}. */
    @Transactional
    public void record(String action, String subject, String detail) {
        recordAs(currentActor(), action, subject, detail, currentAddress());
    }

    /** Audits an action whose actor is known but not (yet) signed in, such as a failed sign-in. */
    @Transactional
    public void recordAs(String actor, String action, String subject, String detail, String fromAddress) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? SYSTEM : actor, action, subject, detail, fromAddress));
    }

    @Transactional
    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count() {
        return em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
    }

    private String currentActor() {
        try {
            Principal p = principal.isResolvable() ? principal.get() : null;
            return p == null || "anonymous".equals(p.getName()) ? SYSTEM : p.getName();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return SYSTEM;
        }
    }

    private String currentAddress() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
