package org.mspportal.referencegroup.domain.model.group;

/** What a member needs to take part, shown to the facilitator when planning a session. */
public enum AccessNeed {
    EASY_READ("Easy Read"),
    LARGE_PRINT("Large print"),
    BSL_INTERPRETER("BSL interpreter"),
    HEARING_LOOP("Hearing loop"),
    STEP_FREE_ACCESS("Step-free access"),
    SOMEONE_WITH_ME("Someone to come with me");

    private final String label;

    AccessNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
