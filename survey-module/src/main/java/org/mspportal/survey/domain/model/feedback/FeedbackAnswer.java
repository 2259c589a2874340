package org.mspportal.survey.domain.model.feedback;

/** The answer to each of the staff guide's feedback questions and to "did this happen?" for each outcome. */
public enum FeedbackAnswer {
    YES, NO, PARTLY, RATHER_NOT_SAY
}
