package org.mspportal.survey.domain.model.reporting;

import java.time.LocalDate;
import java.util.Map;

/** What the figures need to know about one sent feedback response: never its words, only its choices. */
public record FeedbackFacts(long id, long teamId, LocalDate sentOn, String answeredBy, Map<String, String> choices) {
}
