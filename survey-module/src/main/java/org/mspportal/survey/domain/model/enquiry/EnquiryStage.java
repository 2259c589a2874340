package org.mspportal.survey.domain.model.enquiry;

/** The stages at which the person's desired outcomes are recorded and reviewed (staff guide). */
public enum EnquiryStage {
    CONCERN("First contact (concern)"),
    STRATEGY_PLANNING("Strategy planning discussion or meeting"),
    CASE_CONFERENCE("Case conference"),
    REVIEW("Review"),
    CLOSURE("End of process");

    private final String label;

    EnquiryStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
