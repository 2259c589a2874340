package org.mspportal.survey.domain.model.feedback;

/** Who filled in the feedback: reports count answers by it, and assisted completion must say it. */
public enum WhoAnswered {
    PERSON,
    PERSON_WITH_HELP,
    FAMILY_FRIEND_OR_CARER,
    ADVOCATE_OR_IMCA,
    STAFF_ON_BEHALF
}
