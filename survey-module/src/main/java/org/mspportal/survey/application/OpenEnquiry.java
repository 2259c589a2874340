package org.mspportal.survey.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

/**
 * What a practitioner records when opening an enquiry: the case, the SAC categories, and the first
 * conversation about what the person wants.
 *
 * @param desiredOutcomes up to three, in the person's own words, each optionally linked to a statement
 */
public record OpenEnquiry(String caseReference, Long teamId, LocalDate concernReceivedOn, LocalDate enquiryStartedOn,
                          AgeBand ageBand, Gender gender, Ethnicity ethnicity,
                          PrimarySupportReason primarySupportReason, Set<TypeOfRisk> typesOfRisk,
                          MspAsked asked, String notWanted, String peopleInvolved, Boolean representativeNeeded,
                          String representativeRole, FeelingSafe feelingSafe,
                          List<NewDesiredOutcome> desiredOutcomes) {

    /** A desired outcome as first recorded. */
    public record NewDesiredOutcome(String ownWords, Long statementId) {
    }
}
