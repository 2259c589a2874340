package org.mspportal.referencegroup.domain.model.session;

/** Where a session meets: somewhere the members chose, a neutral place, or online. */
public enum Venue {
    MEMBERS_CHOICE("A place the members chose"),
    NEUTRAL("A neutral venue"),
    ONLINE("Online");

    private final String label;

    Venue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
