package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG2e risk outcome.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum RiskOutcome implements SacCategory {
    REMAINED("Risk remained"),
    REDUCED("Risk reduced"),
    REMOVED("Risk removed");

    private final String label;

    RiskOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
