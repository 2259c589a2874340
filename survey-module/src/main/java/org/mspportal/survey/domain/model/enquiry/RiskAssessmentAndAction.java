package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG2c risk assessment and action.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum RiskAssessmentAndAction implements SacCategory {
    RISK_IDENTIFIED_ACTION_TAKEN("Risk identified and action taken"),
    RISK_IDENTIFIED_NO_ACTION("Risk identified and no action taken"),
    INCONCLUSIVE_ACTION_TAKEN("Risk assessment inconclusive and action taken"),
    INCONCLUSIVE_NO_ACTION("Risk assessment inconclusive and no action taken"),
    NO_RISK_ACTION_TAKEN("No risk identified and action taken"),
    NO_RISK_NO_ACTION("No risk identified and no action taken"),
    CEASED_AT_REQUEST("Enquiry ceased at individual's request and no action taken");

    private final String label;

    RiskAssessmentAndAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
