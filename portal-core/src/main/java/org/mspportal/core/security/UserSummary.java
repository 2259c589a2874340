package org.mspportal.core.security;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** An account as administrators see it in the user list. */
public record UserSummary(String username, String displayName, Set<PortalRole> roles, boolean enabled,
                          boolean locked, Instant lastLoginAt) {

    public String roleLabels() {
        return roles.stream().sorted().map(PortalRole::label).collect(Collectors.joining(", "));
    }
}
