package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG1a age band of the adult at risk.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum AgeBand implements SacCategory {
    AGED_18_TO_64("18-64"),
    AGED_65_TO_74("65-74"),
    AGED_75_TO_84("75-84"),
    AGED_85_TO_94("85-94"),
    AGED_95_AND_OVER("95+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
