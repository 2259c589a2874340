package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.OpenEnquiry;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

/**
 * The form that opens an enquiry. View scoped, so a refused save keeps everything typed.
 */
@Named
@ViewScoped
public class NewEnquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnquiryRecords records;

    private String caseReference;
    private Long teamId;
    private LocalDate concernReceivedOn;
    private LocalDate enquiryStartedOn;
    private AgeBand ageBand;
    private Gender gender;
    private Ethnicity ethnicity;
    private PrimarySupportReason primarySupportReason;
    private TypeOfRisk[] typesOfRisk = new TypeOfRisk[0];
    private MspAsked asked;
    private final List<OutcomeInput> outcomes = new ArrayList<>(List.of(new OutcomeInput(), new OutcomeInput(),
            new OutcomeInput()));
    private String notWanted;
    private String peopleInvolved;
    private Boolean representativeNeeded;
    private String representativeRole;
    private FeelingSafe feelingSafe;

    public void save() throws IOException {
        try {
            String reference = records.open(new OpenEnquiry(caseReference, teamId, concernReceivedOn, enquiryStartedOn,
                    ageBand, gender, ethnicity, primarySupportReason,
                    typesOfRisk.length == 0 ? EnumSet.noneOf(TypeOfRisk.class) : EnumSet.copyOf(List.of(typesOfRisk)),
                    asked, notWanted, peopleInvolved, representativeNeeded, representativeRole, feelingSafe,
                    outcomes.stream().map(o -> new OpenEnquiry.NewDesiredOutcome(o.getOwnWords(), o.getStatementId()))
                            .toList()));
            EnquiryFormSupport.backToEnquiry(reference, "Enquiry " + reference + " opened.");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    /** One of the three outcome boxes. */
    public static class OutcomeInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private String ownWords;
        private Long statementId;

        public String getOwnWords() {
            return ownWords;
        }

        public void setOwnWords(String ownWords) {
            this.ownWords = ownWords;
        }

        public Long getStatementId() {
            return statementId;
        }

        public void setStatementId(Long statementId) {
            this.statementId = statementId;
        }
    }

    public List<OutcomeInput> getOutcomes() {
        return outcomes;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public LocalDate getConcernReceivedOn() {
        return concernReceivedOn;
    }

    public void setConcernReceivedOn(LocalDate concernReceivedOn) {
        this.concernReceivedOn = concernReceivedOn;
    }

    public LocalDate getEnquiryStartedOn() {
        return enquiryStartedOn;
    }

    public void setEnquiryStartedOn(LocalDate enquiryStartedOn) {
        this.enquiryStartedOn = enquiryStartedOn;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public PrimarySupportReason getPrimarySupportReason() {
        return primarySupportReason;
    }

    public void setPrimarySupportReason(PrimarySupportReason primarySupportReason) {
        this.primarySupportReason = primarySupportReason;
    }

    public TypeOfRisk[] getTypesOfRisk() {
        return typesOfRisk;
    }

    public void setTypesOfRisk(TypeOfRisk[] typesOfRisk) {
        this.typesOfRisk = typesOfRisk == null ? new TypeOfRisk[0] : typesOfRisk;
    }

    public MspAsked getAsked() {
        return asked;
    }

    public void setAsked(MspAsked asked) {
        this.asked = asked;
    }

    public String getNotWanted() {
        return notWanted;
    }

    public void setNotWanted(String notWanted) {
        this.notWanted = notWanted;
    }

    public String getPeopleInvolved() {
        return peopleInvolved;
    }

    public void setPeopleInvolved(String peopleInvolved) {
        this.peopleInvolved = peopleInvolved;
    }

    public Boolean getRepresentativeNeeded() {
        return representativeNeeded;
    }

    public void setRepresentativeNeeded(Boolean representativeNeeded) {
        this.representativeNeeded = representativeNeeded;
    }

    public String getRepresentativeRole() {
        return representativeRole;
    }

    public void setRepresentativeRole(String representativeRole) {
        this.representativeRole = representativeRole;
    }

    public FeelingSafe getFeelingSafe() {
        return feelingSafe;
    }

    public void setFeelingSafe(FeelingSafe feelingSafe) {
        this.feelingSafe = feelingSafe;
    }
}
