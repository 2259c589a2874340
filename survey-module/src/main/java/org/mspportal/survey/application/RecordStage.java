package org.mspportal.survey.application;

import java.time.LocalDate;
import java.util.List;

import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/**
 * A conversation with the person at a stage, and any change to their outcomes that came out of it.
 *
 * @param changes only the outcomes whose wording changed; each needs its reason
 */
public record RecordStage(String caseReference, EnquiryStage stage, LocalDate heldOn, String prioritiesNow,
                          List<OutcomeChange> changes) {

    public record OutcomeChange(int position, String ownWords, Long statementId, String reason) {
    }
}
