package org.mspportal.it.support;

import java.net.URI;

/** Where the portal under test answers, and the demo sign-ins of the fictional council. */
public final class Portal {

    public static final URI BASE = URI.create(System.getProperty("msp.it.base", "http://localhost:8080/"));
    public static final URI MANAGEMENT = URI.create(System.getProperty("msp.it.management", "http://localhost:9990/"));

    private Portal() {
    }

    public static URI page(String path) {
        return BASE.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Demo users, one per role (see DemoAccount in portal-core). */
    public enum DemoUser {
        ADMIN("demo.admin"),
        LEAD("demo.lead"),
        PRACTITIONER("demo.practitioner"),
        FACILITATOR("demo.facilitator"),
        MEMBER("demo.member");

        public final String username;

        DemoUser(String username) {
            this.username = username;
        }

        public String password() {
            return "demo-" + name().toLowerCase() + "-password";
        }
    }
}
