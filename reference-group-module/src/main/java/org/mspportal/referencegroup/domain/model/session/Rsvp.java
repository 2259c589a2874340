package org.mspportal.referencegroup.domain.model.session;

/** A member's reply to a session invitation. */
public enum Rsvp {
    NO_REPLY("Not replied yet"),
    COMING("Coming"),
    MAYBE("Not sure yet"),
    NOT_COMING("Not coming");

    private final String label;

    Rsvp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
