package org.mspportal.survey.domain.model.enquiry;

/** How safe the person feels: the Adult Social Care Survey question 7a scale (ASCOF). */
public enum FeelingSafe {
    AS_SAFE_AS_I_WANT("I feel as safe as I want"),
    ADEQUATELY_SAFE("Generally I feel adequately safe, but not as safe as I would like"),
    LESS_THAN_ADEQUATELY_SAFE("I feel less than adequately safe"),
    NOT_AT_ALL_SAFE("I don't feel at all safe");

    private final String label;

    FeelingSafe(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
