package org.mspportal.referencegroup.domain.model.group;

/** How a person takes part in a reference group. */
public enum MemberKind {
    LIVED_EXPERIENCE("Person with lived experience"),
    CARER("Carer"),
    REPRESENTATIVE("Representative"),
    FACILITATOR("Facilitator"),
    STAFF_GUEST("Staff guest");

    private final String label;

    MemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
