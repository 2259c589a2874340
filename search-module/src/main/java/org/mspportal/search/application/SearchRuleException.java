package org.mspportal.search.application;

import jakarta.ejb.ApplicationException;

/**
 * A change a lead asked for that the rules refuse, with a message for them; nothing is saved. An
 * IllegalArgumentException still, so the pages treat it as the domain's own refusals, but an application
 * exception, so the role-checked services hand it on as it is rather than wrapped.
 */
@ApplicationException(rollback = true)
public class SearchRuleException extends IllegalArgumentException {

    public SearchRuleException(String message) {
        super(message);
    }
}
