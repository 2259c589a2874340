package org.mspportal.survey.application;

import java.time.LocalDate;
import java.util.List;

import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;

/** Closing an enquiry: whether each outcome was achieved, and the SG2 and SG3 facts. */
public record ConcludeEnquiry(String caseReference, LocalDate concludedOn, List<Assessment> assessments,
                              RiskAssessmentAndAction riskAssessment, RiskOutcome riskOutcome,
                              LocationOfRisk location, SourceOfRisk source, MentalCapacity mentalCapacity,
                              Boolean supportedByAdvocateFamilyOrFriend, FeelingSafe feelingSafeNow) {

    public record Assessment(int position, OutcomeAchievement achievement, String reason, String couldHaveDoneBetter) {
    }
}
