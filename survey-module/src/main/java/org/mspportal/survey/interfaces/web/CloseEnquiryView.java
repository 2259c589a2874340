package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.ConcludeEnquiry;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;

/** Closes an enquiry: was each outcome achieved, and the facts for the national return. */
@Named
@ViewScoped
public class CloseEnquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnquiryRecords records;

    private String ref;
    private String caseReference;
    private LocalDate concludedOn;
    private final List<AssessmentInput> assessments = new ArrayList<>();
    private RiskAssessmentAndAction riskAssessment;
    private RiskOutcome riskOutcome;
    private LocationOfRisk location;
    private SourceOfRisk source;
    private MentalCapacity mentalCapacity;
    private Boolean supported;
    private FeelingSafe feelingSafe;

    public void load() throws IOException {
        EnquiryFormSupport.openEnquiry(records, ref).ifPresent(enquiry -> {
            caseReference = enquiry.caseReference();
            assessments.clear();
            enquiry.outcomes().forEach(o -> assessments.add(new AssessmentInput(o.position(), o.current().ownWords())));
        });
    }

    public void save() throws IOException {
        try {
            records.conclude(new ConcludeEnquiry(caseReference, concludedOn,
                    assessments.stream().map(a -> new ConcludeEnquiry.Assessment(a.getPosition(), a.getAchievement(),
                            a.getReason(), a.getCouldHaveDoneBetter())).toList(),
                    riskAssessment, riskOutcome, location, source, mentalCapacity, supported, feelingSafe));
            EnquiryFormSupport.backToEnquiry(caseReference, "Enquiry concluded.");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    /** Whether one outcome was achieved, with the reason and what could have been done better. */
    public static class AssessmentInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int position;
        private final String ownWords;
        private OutcomeAchievement achievement;
        private String reason;
        private String couldHaveDoneBetter;

        AssessmentInput(int position, String ownWords) {
            this.position = position;
            this.ownWords = ownWords;
        }

        public int getPosition() {
            return position;
        }

        public String getOwnWords() {
            return ownWords;
        }

        public OutcomeAchievement getAchievement() {
            return achievement;
        }

        public void setAchievement(OutcomeAchievement achievement) {
            this.achievement = achievement;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getCouldHaveDoneBetter() {
            return couldHaveDoneBetter;
        }

        public void setCouldHaveDoneBetter(String couldHaveDoneBetter) {
            this.couldHaveDoneBetter = couldHaveDoneBetter;
        }
    }

    public List<AssessmentInput> getAssessments() {
        return assessments;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public void setConcludedOn(LocalDate concludedOn) {
        this.concludedOn = concludedOn;
    }

    public RiskAssessmentAndAction getRiskAssessment() {
        return riskAssessment;
    }

    public void setRiskAssessment(RiskAssessmentAndAction riskAssessment) {
        this.riskAssessment = riskAssessment;
    }

    public RiskOutcome getRiskOutcome() {
        return riskOutcome;
    }

    public void setRiskOutcome(RiskOutcome riskOutcome) {
        this.riskOutcome = riskOutcome;
    }

    public LocationOfRisk getLocation() {
        return location;
    }

    public void setLocation(LocationOfRisk location) {
        this.location = location;
    }

    public SourceOfRisk getSource() {
        return source;
    }

    public void setSource(SourceOfRisk source) {
        this.source = source;
    }

    public MentalCapacity getMentalCapacity() {
        return mentalCapacity;
    }

    public void setMentalCapacity(MentalCapacity mentalCapacity) {
        this.mentalCapacity = mentalCapacity;
    }

    public Boolean getSupported() {
        return supported;
    }

    public void setSupported(Boolean supported) {
        this.supported = supported;
    }

    public FeelingSafe getFeelingSafe() {
        return feelingSafe;
    }

    public void setFeelingSafe(FeelingSafe feelingSafe) {
        this.feelingSafe = feelingSafe;
    }
}
