/**
 * The platform's contract for feeding practice-learning search, the publishers' side: a module hands over a
 * typed {@link org.mspportal.core.search.PracticeLearningText} through
 * {@link org.mspportal.core.search.PracticeLearningPublisher} inside its own transaction, and words its codes
 * through a {@link org.mspportal.core.search.PracticeLearningVocabulary}. No module names another's terms.
 */
package org.mspportal.core.search;
