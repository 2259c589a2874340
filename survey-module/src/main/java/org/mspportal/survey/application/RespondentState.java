package org.mspportal.survey.application;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

import org.mspportal.survey.domain.model.feedback.FeedbackJourney;

/**
 * Where a respondent session stands. {@code LIVE} sessions carry what the pages need: the version of
 * the questionnaire, the person's own outcomes by position, and the answers saved so far.
 */
public record RespondentState(Standing standing, long questionnaireId, SortedMap<Integer, String> ownOutcomes,
                              Map<String, FeedbackJourney.Reply> replies, String assistedBy, Instant usableUntil,
                              boolean concernRaised) {

    /** Whether the session can go on, and if not, why not. */
    public enum Standing {
        LIVE,
        /** The answers were sent: going back to a page shows the thanks again, never a second response. */
        SENT,
        /** Timed out, or the invitation expired or was withdrawn: start again with the link or code. */
        ENDED,
        /** No session at all. */
        NONE
    }

    static RespondentState without(Standing standing) {
        return new RespondentState(standing, 0, new java.util.TreeMap<>(), Map.of(), null, null, false);
    }

    public boolean isLive() {
        return standing == Standing.LIVE;
    }

    public FeedbackJourney journey() {
        return FeedbackJourney.forOutcomes(ownOutcomes.keySet().stream().toList());
    }
}
