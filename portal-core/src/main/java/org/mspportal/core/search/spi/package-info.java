/**
 * The consumer's side of practice-learning search: the search module implements
 * {@link org.mspportal.core.search.spi.PracticeLearningIndex} and drives {@link org.mspportal.core.search.spi.OutboxDelivery},
 * which hands it typed {@link org.mspportal.core.search.spi.Publication}s, never the outbox's entities.
 */
package org.mspportal.core.search.spi;
