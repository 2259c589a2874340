package org.mspportal.core.search.spi;

import java.util.List;

/**
 * Implemented by the module that indexes texts for practice-learning search. {@link OutboxDelivery} calls it
 * inside the transaction that takes the publications off the outbox: what it writes commits with their
 * removal, or neither does.
 */
public interface PracticeLearningIndex {

    /** Applies publications in the order they were made. */
    void apply(List<Publication> publications);
}
