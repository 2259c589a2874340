package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG1c ethnicity.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum Ethnicity implements SacCategory {
    WHITE("White"),
    MIXED("Mixed / Multiple"),
    ASIAN("Asian / Asian British"),
    BLACK("Black / African / Caribbean / Black British"),
    OTHER("Other Ethnic Group"),
    REFUSED("Refused"),
    UNDECLARED("Undeclared / Not Known");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
