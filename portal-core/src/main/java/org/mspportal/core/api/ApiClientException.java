package org.mspportal.core.api;

import jakarta.ejb.ApplicationException;

/** An administrator's request about API clients that cannot be done; the message says why. */
@ApplicationException(rollback = true)
public class ApiClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiClientException(String message) {
        super(message);
    }
}
