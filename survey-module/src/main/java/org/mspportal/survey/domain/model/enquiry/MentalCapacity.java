package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG3a: did the adult lack capacity to make decisions about the enquiry?
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum MentalCapacity implements SacCategory {
    LACKED_CAPACITY("Yes, they lacked capacity"),
    DID_NOT_LACK_CAPACITY("No, they did not lack capacity"),
    DONT_KNOW("Don't know"),
    NOT_RECORDED("Not recorded");

    private final String label;

    MentalCapacity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
