package org.mspportal.core.security;

import jakarta.ejb.ApplicationException;

/** A request about an account that cannot be carried out; the message is fit to show the person. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
