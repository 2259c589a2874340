package org.mspportal.survey.interfaces.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.team.Teams;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SacCategory;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

/** The choices of the survey module's forms, labelled exactly as the national lists word them. */
@Named
@ApplicationScoped
public class SurveyOptions {

    @Inject
    Teams teams;

    public List<org.mspportal.survey.application.EnquiryFilter.Feedback> getFeedbackStates() {
        return List.of(org.mspportal.survey.application.EnquiryFilter.Feedback.values());
    }

    public List<SelectItem> getTeams() {
        return teams.all().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
    }

    public List<SelectItem> getAgeBands() {
        return sac(AgeBand.values());
    }

    public List<SelectItem> getGenders() {
        return sac(Gender.values());
    }

    public List<SelectItem> getEthnicities() {
        return sac(Ethnicity.values());
    }

    public List<SelectItem> getPrimarySupportReasons() {
        return sac(PrimarySupportReason.values());
    }

    public List<SelectItem> getTypesOfRisk() {
        return sac(TypeOfRisk.values());
    }

    public List<SelectItem> getAskedOptions() {
        return sac(MspAsked.values());
    }

    public List<SelectItem> getFeelingSafe() {
        return Arrays.stream(FeelingSafe.values()).map(v -> new SelectItem(v, v.label())).toList();
    }

    public List<SelectItem> getConversationStages() {
        return Arrays.stream(EnquiryStage.values())
                .filter(v -> v != EnquiryStage.CONCERN && v != EnquiryStage.CLOSURE)
                .map(v -> new SelectItem(v, v.label())).toList();
    }

    public List<SelectItem> getAchievements() {
        return sac(OutcomeAchievement.values());
    }

    public List<SelectItem> getRiskAssessments() {
        return sac(RiskAssessmentAndAction.values());
    }

    public List<SelectItem> getRiskOutcomes() {
        return sac(RiskOutcome.values());
    }

    public List<SelectItem> getLocationsOfRisk() {
        return sac(LocationOfRisk.values());
    }

    public List<SelectItem> getSourcesOfRisk() {
        return sac(SourceOfRisk.values());
    }

    public List<SelectItem> getMentalCapacity() {
        return sac(MentalCapacity.values());
    }

    public List<SelectItem> getStages() {
        return Arrays.stream(EnquiryStage.values()).map(v -> new SelectItem(v, v.label())).toList();
    }

    private static List<SelectItem> sac(SacCategory[] values) {
        return Arrays.stream(values).map(v -> new SelectItem(v, v.label())).toList();
    }
}
