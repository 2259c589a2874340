package org.mspportal.core.api;

import java.time.Instant;

/** An API client as administrators see it; never its key. */
public record ApiClientSummary(String clientId, String name, String purpose, Instant createdAt, String createdBy,
                               Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
