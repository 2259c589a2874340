package org.mspportal.survey.domain.model.enquiry;

import jakarta.ejb.ApplicationException;

/** No enquiry has the case reference given. */
@ApplicationException(rollback = true)
public class UnknownEnquiryException extends EnquiryRuleException {

    public UnknownEnquiryException(String caseReference) {
        super("There is no enquiry " + caseReference + ".");
    }
}
