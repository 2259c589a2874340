package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG2a type of risk; one enquiry may have several.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum TypeOfRisk implements SacCategory {
    PHYSICAL("Physical"),
    SEXUAL("Sexual"),
    PSYCHOLOGICAL("Psychological"),
    FINANCIAL_OR_MATERIAL("Financial or Material"),
    DISCRIMINATORY("Discriminatory"),
    ORGANISATIONAL("Organisational"),
    NEGLECT_AND_ACTS_OF_OMISSION("Neglect and Acts of Omission"),
    DOMESTIC("Domestic"),
    SEXUAL_EXPLOITATION("Sexual Exploitation"),
    MODERN_SLAVERY("Modern Slavery"),
    SELF_NEGLECT("Self-Neglect");

    private final String label;

    TypeOfRisk(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
