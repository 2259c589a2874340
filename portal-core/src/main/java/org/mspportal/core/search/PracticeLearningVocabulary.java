package org.mspportal.core.search;

import java.util.Optional;

/**
 * Words for a publishing module's codes, so that the search module can show "About one of their outcomes"
 * or "Neglect and acts of omission" without knowing any module's terms. A module that publishes texts provides
 * a bean of this type; the search module asks them all and shows a code as words only if none answers.
 */
public interface PracticeLearningVocabulary {

    /** What a kind of text of this module is called, for example "Feedback". */
    Optional<String> kind(String code);

    /** What a coded value of this module's texts is called; empty when the code is not this module's. */
    Optional<String> label(Attribute attribute, String code);
}
