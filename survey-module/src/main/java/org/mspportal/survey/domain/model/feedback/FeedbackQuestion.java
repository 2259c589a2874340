package org.mspportal.survey.domain.model.feedback;

/**
 * The six end-of-process feedback questions of the staff guide (seed 004), each answered Yes, No or
 * Partly. The codes are stable: reports count answers by them, whatever the wording of a version.
 */
public enum FeedbackQuestion {
    GOT_OUTCOMES,
    CHANCE_TO_SAY,
    LISTENED_TO,
    ACTED_ON_WISHES,
    SAFE_AS_WANTED,
    HAPPIER
}
