package org.mspportal.core.module;

import java.util.Objects;
import java.util.Set;

import org.mspportal.core.security.PortalRole;

/**
 * A link in the portal's main navigation.
 *
 * @param label plain-English link text
 * @param path  context-relative address, starting with {@code /}
 * @param roles who sees the link; empty means everyone, including people not signed in
 */
public record NavigationEntry(String label, String path, Set<PortalRole> roles) implements RoleRestricted {

    public NavigationEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Navigation path must start with /: " + path);
        }
        roles = Set.copyOf(roles);
    }
}
