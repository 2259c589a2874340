package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG1d primary support reason.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum PrimarySupportReason implements SacCategory {
    PHYSICAL("Physical Support"),
    SENSORY("Sensory Support"),
    MEMORY_AND_COGNITION("Support with Memory and Cognition"),
    LEARNING_DISABILITY("Learning Disability Support"),
    MENTAL_HEALTH("Mental Health Support"),
    SOCIAL("Social Support"),
    NO_SUPPORT_REASON("No Support Reason"),
    NOT_KNOWN("Not Known");

    private final String label;

    PrimarySupportReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
