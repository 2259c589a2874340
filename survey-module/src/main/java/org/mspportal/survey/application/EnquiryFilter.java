package org.mspportal.survey.application;

import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/**
 * Which enquiries to list; {@code null} fields do not filter.
 *
 * @param caseReference the start of a case reference, in any case
 * @param concluded     {@code true} only concluded, {@code false} only open
 * @param feedback      where the person's feedback stands
 */
public record EnquiryFilter(String caseReference, Long teamId, EnquiryStage stage, Boolean concluded,
                            Feedback feedback) {

    public static final EnquiryFilter ALL = new EnquiryFilter(null, null, null, null, null);

    /** Where the end-of-process feedback stands. */
    public enum Feedback {
        /** Concluded, and no invitation was ever issued. */
        NOT_INVITED,
        /** An invitation is open: issued, not used, not expired, not withdrawn. */
        INVITED,
        /** The person's answers were sent. */
        COMPLETED,
        /** Concluded more than eight weeks ago and no answers sent (the MSP framework asks within eight weeks). */
        OVERDUE
    }
}
