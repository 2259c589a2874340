package org.mspportal.survey.domain.model.enquiry;


/** SG4a: how far an expressed outcome was achieved, as assessed at closure. */
public enum OutcomeAchievement implements SacCategory {
    FULLY("Fully Achieved"),
    PARTIALLY("Partially Achieved"),
    NOT("Not Achieved");

    private final String label;

    OutcomeAchievement(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
