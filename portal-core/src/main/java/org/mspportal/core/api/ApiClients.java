package org.mspportal.core.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;

/**
 * Administrators issue and revoke the keys case systems use for the REST API. A key is shown once
 * when issued; revoking it takes effect on the next call, because the realm checks every call.
 */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public IssuedApiKey issue(String name, String purpose) {
        String cleanName = name == null ? "" : name.strip();
        String cleanPurpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (cleanName.isEmpty()) {
            throw new Refusal("Enter the name of the system that will use the key.");
        }
        if (cleanName.length() > ApiClient.MAX_NAME) {
            throw new Refusal("The name must be " + ApiClient.MAX_NAME + " characters or fewer.");
        }
        if (cleanPurpose != null && cleanPurpose.length() > ApiClient.MAX_PURPOSE) {
            throw new Refusal("The purpose must be " + ApiClient.MAX_PURPOSE + " characters or fewer.");
        }
        ApiKey key = ApiKey.generate(RANDOM);
        em.persist(new ApiClient(key.clientId(), cleanName, cleanPurpose, key.hash(RANDOM),
                session.getCallerPrincipal().getName(), clock.instant()));
        audit.record("ISSUED_API_KEY", key.principalName(), cleanName);
        return new IssuedApiKey(key.clientId(), cleanName, key.presented());
    }

    public void revoke(String clientId) {
        ApiClient client = em.createNamedQuery("ApiClient.byClientId", ApiClient.class)
                .setParameter("clientId", clientId).getResultStream().findFirst()
                .orElseThrow(() -> new Refusal("There is no API client " + clientId + "."));
        client.revoke(session.getCallerPrincipal().getName(), clock.instant());
        audit.record("REVOKED_API_KEY", client.getPrincipalName(), client.getName());
    }

    /** Every client, live ones first, with when each last did something (from the audit log). */
    public List<ApiClientSummary> list() {
        Map<String, Instant> lastUsed = em.createQuery(
                        "SELECT a.actor, MAX(a.at) FROM AuditEntry a WHERE a.actor LIKE 'api:%' GROUP BY a.actor",
                        Tuple.class).getResultStream()
                .collect(Collectors.toMap(t -> t.get(0, String.class), t -> t.get(1, Instant.class)));
        return em.createNamedQuery("ApiClient.all", ApiClient.class).getResultStream()
                .map(c -> new ApiClientSummary(c.getClientId(), c.getName(), c.getPurpose(), c.getCreatedAt(),
                        c.getCreatedBy(), c.getRevokedAt(), lastUsed.get(c.getPrincipalName())))
                .toList();
    }
}
