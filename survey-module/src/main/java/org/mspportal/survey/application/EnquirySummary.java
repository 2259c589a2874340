package org.mspportal.survey.application;

import java.time.LocalDate;

import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/** An enquiry as a line of the practitioners' list. */
public record EnquirySummary(String caseReference, String teamName, EnquiryStage stage, LocalDate enquiryStartedOn,
                             LocalDate concludedOn, int desiredOutcomes) {
}
