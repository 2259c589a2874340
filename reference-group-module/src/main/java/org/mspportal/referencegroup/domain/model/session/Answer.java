package org.mspportal.referencegroup.domain.model.session;

/** Yes, no or partly: the answers of the short feedback form after a session. */
public enum Answer {
    YES("Yes"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
