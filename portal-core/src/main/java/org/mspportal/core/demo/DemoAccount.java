package org.mspportal.core.demo;

import org.mspportal.core.security.PortalRole;

/**
 * A demo user: one per role. The passwords are public by design and exist only in demo mode,
 * which must never hold real people's data.
 */
public enum DemoAccount {
    ADMIN("demo.admin", "Alex Admin (demo)", PortalRole.ADMIN),
    LEAD("demo.lead", "Lee Lead (demo)", PortalRole.SAFEGUARDING_LEAD),
    PRACTITIONER("demo.practitioner", "Pat Practitioner (demo)", PortalRole.PRACTITIONER),
    FACILITATOR("demo.facilitator", "Fran Facilitator (demo)", PortalRole.FACILITATOR),
    MEMBER("demo.member", "Morgan Member (demo)", PortalRole.MEMBER);

    private final String username;
    private final String displayName;
    private final PortalRole role;

    DemoAccount(String username, String displayName, PortalRole role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public PortalRole role() {
        return role;
    }

    public String password() {
        return "demo-" + name().toLowerCase() + "-password";
    }
}
