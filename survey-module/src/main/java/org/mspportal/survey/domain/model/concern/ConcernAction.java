package org.mspportal.survey.domain.model.concern;

/** What the person who acknowledged a concern did about it. */
public enum ConcernAction {
    NEW_CONCERN_RAISED("Raised a new safeguarding concern"),
    CONTACT_MADE("Contacted the person (or their representative)"),
    NO_ACTION("No action needed");

    private final String label;

    ConcernAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
