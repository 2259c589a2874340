package org.mspportal.survey.domain.model.reporting;

/**
 * The tables the MSP aggregation produces. Rows and columns hold codes (the enums' names, team ids,
 * quarters); labels are given when the figures are shown. "ALL" is a table's only column where it
 * has one.
 */
public enum MspTable {
    /** SG1: enquiries started in the period, by the adult's age band, gender, ethnicity, primary support reason. */
    SG1_AGE_BAND("Enquiries started, by age band", Counts.STARTED),
    SG1_GENDER("Enquiries started, by gender", Counts.STARTED),
    SG1_ETHNICITY("Enquiries started, by ethnicity", Counts.STARTED),
    SG1_PRIMARY_SUPPORT_REASON("Enquiries started, by primary support reason", Counts.STARTED),
    /** SG2: concluded enquiries; an enquiry counts once under each of its types of risk. */
    SG2_TYPE_OF_RISK("Concluded enquiries, by type of risk", Counts.CONCLUDED),
    SG2_LOCATION("Concluded enquiries, by location of risk", Counts.CONCLUDED),
    SG2_SOURCE("Concluded enquiries, by source of risk", Counts.CONCLUDED),
    SG2_RISK_ASSESSMENT("Concluded enquiries, by risk assessment and action", Counts.CONCLUDED),
    SG2_RISK_OUTCOME("Concluded enquiries where risk was identified, by risk outcome", Counts.CONCLUDED),
    SG3_MENTAL_CAPACITY("Concluded enquiries, by whether the adult lacked capacity", Counts.CONCLUDED),
    /** SG4a: concluded enquiries, asked (rows) by achieved (columns; NONE where no outcomes were expressed). */
    SG4A("Making Safeguarding Personal: asked, and outcomes achieved", Counts.CONCLUDED),
    /** SG4a achieved (columns), for those who expressed outcomes, by each SG1 and SG2 breakdown (rows). */
    SG4A_BY_AGE_BAND("Outcomes achieved, by age band", Counts.CONCLUDED),
    SG4A_BY_GENDER("Outcomes achieved, by gender", Counts.CONCLUDED),
    SG4A_BY_ETHNICITY("Outcomes achieved, by ethnicity", Counts.CONCLUDED),
    SG4A_BY_PRIMARY_SUPPORT_REASON("Outcomes achieved, by primary support reason", Counts.CONCLUDED),
    SG4A_BY_TYPE_OF_RISK("Outcomes achieved, by type of risk", Counts.CONCLUDED),
    SG4A_BY_LOCATION("Outcomes achieved, by location of risk", Counts.CONCLUDED),
    SG4A_BY_SOURCE("Outcomes achieved, by source of risk", Counts.CONCLUDED),
    SG4A_BY_RISK_OUTCOME("Outcomes achieved, by risk outcome", Counts.CONCLUDED),
    SG4A_BY_QUARTER("Outcomes achieved, by quarter concluded", Counts.CONCLUDED),
    /** Feeling safe (ASCS Q7a) at first contact (rows) and at closure (columns), where both were recorded. */
    FEELING_SAFE("Feeling safe at first contact and at closure", Counts.CONCLUDED),
    /** Feedback sent in the period: each question (rows) by answer (columns). */
    FB_ANSWERS("Feedback: answers to each question", Counts.FEEDBACK),
    FB_ANSWERS_BY_WHO("Feedback: answers, by who answered", Counts.FEEDBACK),
    FB_ANSWERS_BY_TEAM("Feedback: answers, by team", Counts.FEEDBACK),
    FB_ANSWERS_BY_QUARTER("Feedback: answers, by quarter sent", Counts.FEEDBACK),
    FB_WHO_ANSWERED("Feedback: who answered", Counts.FEEDBACK),
    FB_FEELING_SAFE_NOW("Feedback: how safe people feel now", Counts.FEEDBACK);

    /** What a table counts. */
    public enum Counts { STARTED, CONCLUDED, FEEDBACK }

    public static final String ALL = "ALL";
    public static final String NONE = "NONE";

    private final String title;
    private final Counts counts;

    MspTable(String title, Counts counts) {
        this.title = title;
        this.counts = counts;
    }

    public String title() {
        return title;
    }

    public Counts counts() {
        return counts;
    }
}
