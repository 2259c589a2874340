package org.mspportal.survey.domain.model.enquiry;

/**
 * Safeguarding Adults Collection SG2b location of risk.
 * Labels are exactly those of the national return; the constant names are stored in the database.
 */
public enum LocationOfRisk implements SacCategory {
    OWN_HOME("Own Home"),
    COMMUNITY("In the community (excluding community services)"),
    COMMUNITY_SERVICE("In a community service"),
    CARE_HOME_NURSING("Care Home - Nursing"),
    CARE_HOME_RESIDENTIAL("Care Home - Residential"),
    HOSPITAL_ACUTE("Hospital - Acute"),
    HOSPITAL_MENTAL_HEALTH("Hospital - Mental Health"),
    HOSPITAL_COMMUNITY("Hospital - Community"),
    OTHER("Other");

    private final String label;

    LocationOfRisk(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
