package org.mspportal.referencegroup.domain.model.participation;

/** What the Board's participation figures count. Each figure is one measure and one key within it. */
public enum ParticipationMeasure {
    SESSIONS_HELD("Sessions held", "Quarter"),
    INVITED("Invitations to sessions", "Quarter"),
    ATTENDED("Attendances at sessions", "Quarter"),
    MEMBERS_TAKING_PART("Members who came to at least one session", "Takes part as"),
    SUGGESTIONS("Suggestions made", "Topic"),
    SUGGESTION_STATUS("What became of the suggestions", "Status now"),
    ANSWERED_IN_TIME("Suggestions answered within 28 days", "Answered"),
    FELT_LISTENED_TO("After a session: felt listened to", "Answer"),
    VENUE_RIGHT("After a session: the place was right", "Answer");

    private final String label;
    private final String keyLabel;

    ParticipationMeasure(String label, String keyLabel) {
        this.label = label;
        this.keyLabel = keyLabel;
    }

    public String label() {
        return label;
    }

    public String keyLabel() {
        return keyLabel;
    }
}
