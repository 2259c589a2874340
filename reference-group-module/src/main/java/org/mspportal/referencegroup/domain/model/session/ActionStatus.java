package org.mspportal.referencegroup.domain.model.session;

/** Where an action from a session has got to. */
public enum ActionStatus {
    OPEN("To do"),
    DONE("Done"),
    DROPPED("Not going ahead");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
