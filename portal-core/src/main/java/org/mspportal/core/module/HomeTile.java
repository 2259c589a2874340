package org.mspportal.core.module;

import java.util.Objects;
import java.util.Set;

import org.mspportal.core.security.PortalRole;

/**
 * A tile on the home page: a heading, one sentence saying what is behind it, and a link.
 *
 * @param title       plain-English heading
 * @param description one sentence in plain English
 * @param path        context-relative address, starting with {@code /}
 * @param roles       who sees the tile; empty means everyone, including people not signed in
 */
public record HomeTile(String title, String description, String path, Set<PortalRole> roles)
        implements RoleRestricted {

    public HomeTile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Tile path must start with /: " + path);
        }
        roles = Set.copyOf(roles);
    }
}
