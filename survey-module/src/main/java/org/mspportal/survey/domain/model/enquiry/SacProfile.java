package org.mspportal.survey.domain.model.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.mspportal.core.rule.Refusal;

/** The SG1 facts about the adult at risk: counted for enquiries started in the year. */
@Embeddable
public class SacProfile {

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 30)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Ethnicity ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_support_reason", nullable = false, length = 40)
    private PrimarySupportReason primarySupportReason;

    protected SacProfile() {
    }

    public SacProfile(AgeBand ageBand, Gender gender, Ethnicity ethnicity, PrimarySupportReason primarySupportReason) {
        if (ageBand == null || gender == null || ethnicity == null || primarySupportReason == null) {
            throw new Refusal("Choose the age band, gender, ethnicity and primary support reason.");
        }
        this.ageBand = ageBand;
        this.gender = gender;
        this.ethnicity = ethnicity;
        this.primarySupportReason = primarySupportReason;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Gender getGender() {
        return gender;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public PrimarySupportReason getPrimarySupportReason() {
        return primarySupportReason;
    }
}
