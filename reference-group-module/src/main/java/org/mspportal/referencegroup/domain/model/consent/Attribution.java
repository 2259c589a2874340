package org.mspportal.referencegroup.domain.model.consent;

import java.util.Optional;

/**
 * How a member's words may appear in an output ("you said, we did", reports, exports): with their
 * first name, as "a member", or not at all. Everything that shows words outside the group's own
 * discussion asks this, so a withdrawal takes effect everywhere at once.
 */
public final class Attribution {

    public static final String ANONYMOUS = "A member of the group";

    private Attribution() {
    }

    /** The name to show beside the words, or empty if the words themselves may not be shown. */
    public static Optional<String> of(ConsentChoices consent, String firstName) {
        if (consent.quoteWithFirstName()) {
            return Optional.of(firstName);
        }
        if (consent.quoteAnonymously()) {
            return Optional.of(ANONYMOUS);
        }
        return Optional.empty();
    }

    /** Whether the words may go, anonymised, to the search index for practice learning. */
    public static boolean mayIndex(ConsentChoices consent) {
        return consent.practiceLearning();
    }
}
