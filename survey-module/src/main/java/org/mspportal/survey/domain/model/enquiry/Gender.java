package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG1b gender.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum Gender implements SacCategory {
    MALE("Male"),
    FEMALE("Female"),
    NOT_KNOWN("Not Known");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
