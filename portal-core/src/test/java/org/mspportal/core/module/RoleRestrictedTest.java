package org.mspportal.core.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspportal.core.security.PortalRole;

class RoleRestrictedTest {

    @Test
    void entryIsVisibleToAnyOfItsRolesOnly() {
        NavigationEntry entry = new NavigationEntry("Enquiries", "/survey/index.xhtml",
                Set.of(PortalRole.PRACTITIONER, PortalRole.ADMIN));
        assertTrue(entry.visibleTo(r -> r == PortalRole.PRACTITIONER));
        assertTrue(entry.visibleTo(r -> r == PortalRole.ADMIN));
        assertFalse(entry.visibleTo(r -> r == PortalRole.MEMBER));
        assertFalse(entry.visibleTo(r -> false));
    }

    @Test
    void entryWithoutRolesIsForEveryoneIncludingVisitors() {
        HomeTile tile = new HomeTile("Give feedback", "Use the code in your letter.", "/feedback/start.xhtml", Set.of());
        assertTrue(tile.visibleTo(r -> false));
    }

    @Test
    void pathsMustBeContextRelative() {
        assertThrows(IllegalArgumentException.class,
                () -> new NavigationEntry("Elsewhere", "https://example.org/", Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new HomeTile("Elsewhere", "x", "survey/index.xhtml", Set.of()));
    }
}
