package org.mspportal.survey.application;

import java.time.Instant;
import java.util.List;

/**
 * A safeguarding concern as staff see it in lists and on the enquiry: never the person's words, only why it
 * was raised, and what was done.
 */
public record ConcernSummary(long id, String caseReference, String teamName, Instant raisedAt, List<String> reasons,
                             boolean open, boolean overdue, boolean escalated, String acknowledgedBy,
                             Instant acknowledgedAt, String action, String actionNote) {
}
