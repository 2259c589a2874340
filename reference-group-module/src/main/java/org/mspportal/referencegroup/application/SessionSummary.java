package org.mspportal.referencegroup.application;

import java.time.Instant;

/** A session in a list: when, where, and (for a member) their reply. */
public record SessionSummary(long id, String purpose, Instant startsAt, Instant endsAt, String venue, String venueName,
                             boolean upcoming, String myReply) {
}
