package org.mspportal.survey.domain.model.reporting;

import jakarta.ejb.ApplicationException;

/** A request about reporting that cannot be done; the message says why, in plain words. */
@ApplicationException(rollback = true)
public class ReportingException extends RuntimeException {

    public ReportingException(String message) {
        super(message);
    }
}
