package org.mspportal.core.search;

/**
 * Where modules hand text to practice-learning search. Called inside the module's own transaction (it must
 * be one): the publication commits or rolls back with the module's data, so nothing is indexed that was not
 * saved, and nothing saved is lost if the server stops before indexing.
 */
public interface PracticeLearningPublisher {

    /** Publishes a text, or publishes it again in place of its earlier words. */
    void publish(PracticeLearningText text);

    /** Removes a text from the index: withdrawn consent, erased data, or words that are no longer there. */
    void withdraw(DocumentRef document);
}
