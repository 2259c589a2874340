package org.mspportal.referencegroup.domain.model.consent;

/**
 * What a member allows to be done with their words, beyond the group's own discussion.
 *
 * @param practiceLearning    their words, anonymised, may be searched by safeguarding leads for practice learning
 * @param quoteAnonymously    their words may be shown in "you said, we did" and reports, without their name
 * @param quoteWithFirstName  their words may be shown with their first name
 */
public record ConsentChoices(boolean practiceLearning, boolean quoteAnonymously, boolean quoteWithFirstName) {

    public static final ConsentChoices NONE = new ConsentChoices(false, false, false);

    /** Quoting with a first name is a kind of quoting: choosing it allows quoting. */
    public ConsentChoices {
        quoteAnonymously = quoteAnonymously || quoteWithFirstName;
    }

    public boolean mayQuote() {
        return quoteAnonymously;
    }

    public boolean isNone() {
        return !practiceLearning && !quoteAnonymously;
    }
}
