package org.mspportal.core.search;

/**
 * What a published text may be described by besides its words, each a coded value the search module can
 * count and filter on. These are the platform's words, not any module's: a module fills those that apply
 * to its texts and labels its own codes through a {@link PracticeLearningVocabulary}.
 */
public enum Attribute {
    /** Which question of a questionnaire the words answer. */
    QUESTION,
    /** The answer chosen with the words, such as yes, no or partly. */
    ANSWER,
    /** Who gave the answer: the person, or someone on their behalf. */
    WHO_ANSWERED,
    /** The id of the core team the words' case belongs to. */
    TEAM,
    /** The reporting quarter, as {@link org.mspportal.core.reporting.ReportingQuarter#toString()} writes it. */
    PERIOD,
    /** A type of risk of the case (several may be given). */
    TYPE_OF_RISK,
    /** What the words were written about, as its module titles it. */
    TOPIC,
    /** Where the words stand in their module's own process. */
    STATUS
}
