package org.mspportal.referencegroup.domain.model.group;

import jakarta.ejb.ApplicationException;

/** Something the reference group's rules do not allow; the message is fit to show to the person. */
@ApplicationException(rollback = true)
public class ReferenceGroupRuleException extends RuntimeException {

    public ReferenceGroupRuleException(String message) {
        super(message);
    }
}
