package org.mspportal.referencegroup.application;

import java.time.Instant;

/** A disclosure alert as the facilitator sees it: who wrote what, and which rule held it. */
public record AlertView(long id, String kind, String authorName, long authorId, String text, String rule, Instant raisedAt,
                        long suggestionId) {
}
