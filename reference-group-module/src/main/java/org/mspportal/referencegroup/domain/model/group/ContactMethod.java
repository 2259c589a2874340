package org.mspportal.referencegroup.domain.model.group;

/** How a member prefers to be contacted. */
public enum ContactMethod {
    EMAIL("Email"),
    PHONE("Phone"),
    LETTER("Letter"),
    TEXT("Text message");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
