package org.mspportal.core.security;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mspportal.core.audit.AuditEntry;
import org.mspportal.core.audit.AuditLog;

/** What administrators do with accounts and the audit log. Every view of personal data is audited. */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class UserAdministration {

    @Inject
    UserAccounts accounts;

    @Inject
    LoginGuard loginGuard;

    @Inject
    AuditLog audit;

    public List<UserSummary> listUsers() {
        audit.record("VIEWED_USERS", "user list", null);
        Set<String> locked = loginGuard.lockedUsernames();
        return accounts.all().stream()
                .map(a -> new UserSummary(a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                        locked.contains(a.getUsername()), a.getLastLoginAt()))
                .toList();
    }

    public void unlock(String username) {
        loginGuard.unlock(username);
        audit.record("UNLOCKED_ACCOUNT", username, null);
    }

    public List<AuditEntry> auditLog(int first, int max) {
        audit.record("VIEWED_AUDIT_LOG", "audit log", "entries " + first + " to " + (first + max));
        return audit.latest(first, max);
    }

    public long auditLogSize() {
        return audit.count();
    }
}
