package org.mspportal.survey.domain.model.feedback;

/** Who filled in the feedback: reports count answers by it, and assisted completion must say it. */
public enum WhoAnswered {
    PERSON,
    PERSON_WITH_HELP,
    FAMILY_FRIEND_OR_CARER,
    ADVOCATE_OR_IMCA,
    STAFF_ON_BEHALF;

    /** Someone other than the person answers, so the questions ask about the person ("Did they feel listened to?"). */
    public boolean speaksForThePerson() {
        return this == FAMILY_FRIEND_OR_CARER || this == ADVOCATE_OR_IMCA || this == STAFF_ON_BEHALF;
    }
}
