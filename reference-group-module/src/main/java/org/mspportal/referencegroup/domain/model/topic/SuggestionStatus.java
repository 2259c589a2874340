package org.mspportal.referencegroup.domain.model.topic;

import java.util.EnumSet;
import java.util.Set;

/** What has become of a suggestion: the "we did" of "you said, we did". */
public enum SuggestionStatus {
    RECEIVED("Received", "We have your suggestion."),
    BEING_CONSIDERED("Being considered", "We are thinking about it."),
    ACCEPTED("Accepted", "We said yes."),
    IN_PROGRESS("In progress", "We are doing it."),
    DONE("Done", "We have done it."),
    NOT_TAKEN_FORWARD("Not taken forward", "We are not doing it. We say why.");

    private final String label;
    private final String easyRead;

    SuggestionStatus(String label, String easyRead) {
        this.label = label;
        this.easyRead = easyRead;
    }

    public String label() {
        return label;
    }

    public String easyRead() {
        return easyRead;
    }

    /** Where a suggestion may go from here. A suggestion not taken forward may be considered again. */
    public Set<SuggestionStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(BEING_CONSIDERED, ACCEPTED, NOT_TAKEN_FORWARD);
            case BEING_CONSIDERED -> EnumSet.of(ACCEPTED, NOT_TAKEN_FORWARD);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DONE, NOT_TAKEN_FORWARD);
            case IN_PROGRESS -> EnumSet.of(DONE, NOT_TAKEN_FORWARD);
            case DONE -> EnumSet.noneOf(SuggestionStatus.class);
            case NOT_TAKEN_FORWARD -> EnumSet.of(BEING_CONSIDERED);
        };
    }

    /** Whether the council has answered: any status after "received" comes with a response. */
    public boolean isAnswer() {
        return this != RECEIVED;
    }
}
