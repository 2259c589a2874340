package org.mspportal.survey.domain.model.enquiry;

import jakarta.ejb.ApplicationException;

/** A change to an enquiry that its rules do not allow; the message is fit to show to the practitioner. */
@ApplicationException(rollback = true)
public class EnquiryRuleException extends RuntimeException {

    public EnquiryRuleException(String message) {
        super(message);
    }
}
