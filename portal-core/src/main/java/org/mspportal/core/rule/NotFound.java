package org.mspportal.core.rule;

/** A refusal because what was asked for is not there (or not there for the one asking): a page says so, the API answers 404. */
public class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
