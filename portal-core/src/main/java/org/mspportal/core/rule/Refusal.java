package org.mspportal.core.rule;

import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * Something the portal's rules do not allow, with a message fit to show the person who asked and, where the
 * refusal concerns one thing they typed or chose, which one: the field's name in the language of the domain
 * ({@code "email"}, {@code "startsAt"}), which a page maps to its own input so that the message stands beside it.
 * Nothing is saved: the transaction rolls back, and role-checked services hand it on as it is, not wrapped.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public Refusal(String message) {
        this(null, message);
    }

    public Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the refusal concerns, if it concerns one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
