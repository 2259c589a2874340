package org.mspportal.core.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the portal. Role names are used as they are in security constraints and the realm. */
public enum PortalRole {
    ADMIN("Administrator"),
    SAFEGUARDING_LEAD("Safeguarding lead"),
    PRACTITIONER("Practitioner"),
    FACILITATOR("Reference group facilitator"),
    MEMBER("Reference group member");

    /** Role names as string constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";
        public static final String PRACTITIONER = "PRACTITIONER";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String MEMBER = "MEMBER";

        private Names() {
        }
    }

    private final String label;

    PortalRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Council staff: everyone but reference group members. */
    public static Set<PortalRole> staff() {
        return EnumSet.of(ADMIN, SAFEGUARDING_LEAD, PRACTITIONER, FACILITATOR);
    }
}
