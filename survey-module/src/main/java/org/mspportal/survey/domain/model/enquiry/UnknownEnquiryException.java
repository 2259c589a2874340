package org.mspportal.survey.domain.model.enquiry;

import jakarta.ejb.ApplicationException;

import org.mspportal.core.rule.NotFound;

/** No enquiry has the case reference given. */
@ApplicationException(rollback = true)
public class UnknownEnquiryException extends NotFound {

    public UnknownEnquiryException(String caseReference) {
        super("There is no enquiry " + caseReference + ".");
    }
}
