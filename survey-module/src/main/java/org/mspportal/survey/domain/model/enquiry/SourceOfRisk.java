package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG2b source of risk. "Service Provider" is anyone paid or commissioned to provide social care.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum SourceOfRisk implements SacCategory {
    SERVICE_PROVIDER("Service Provider"),
    KNOWN_TO_INDIVIDUAL("Other - Known to individual"),
    UNKNOWN_TO_INDIVIDUAL("Other - Unknown to individual");

    private final String label;

    SourceOfRisk(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
