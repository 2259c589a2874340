package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG4a: was the adult (or their representative) asked what outcomes they wanted? The same options answer question 1 of the MSP Outcomes Framework.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum MspAsked implements SacCategory {
    ASKED_OUTCOMES_EXPRESSED("Yes, they were asked and outcomes were expressed"),
    ASKED_NO_OUTCOMES_EXPRESSED("Yes, they were asked but no outcomes were expressed"),
    NOT_ASKED("No"),
    DONT_KNOW("Don't Know"),
    NOT_RECORDED("Not Recorded");

    private final String label;

    MspAsked(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
