package org.mspportal.survey.application;

import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/**
 * Which enquiries to list; {@code null} fields do not filter.
 *
 * @param concluded {@code true} only concluded, {@code false} only open
 */
public record EnquiryFilter(Long teamId, EnquiryStage stage, Boolean concluded) {

    public static final EnquiryFilter ALL = new EnquiryFilter(null, null, null);
}
