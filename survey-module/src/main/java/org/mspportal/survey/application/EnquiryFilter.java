package org.mspportal.survey.application;

import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/**
 * Which enquiries to list; {@code null} fields do not filter.
 *
 * @param caseReference the start of a case reference, in any case
 * @param concluded     {@code true} only concluded, {@code false} only open
 */
public record EnquiryFilter(String caseReference, Long teamId, EnquiryStage stage, Boolean concluded) {

    public static final EnquiryFilter ALL = new EnquiryFilter(null, null, null, null);
}
