package org.mspportal.core.module;

import java.util.Set;
import java.util.function.Predicate;

import org.mspportal.core.security.PortalRole;

/** Something shown only to people holding at least one of its roles (or to everyone if it names none). */
public interface RoleRestricted {

    Set<PortalRole> roles();

    default boolean visibleTo(Predicate<PortalRole> holdsRole) {
        return roles().isEmpty() || roles().stream().anyMatch(holdsRole);
    }
}
