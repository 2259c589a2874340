package org.mspportal.search.domain.index;

import java.util.Map;

/**
 * What kind of words a publication holds, the search page's "source" facet: feedback (an answer's
 * reason), outcome (what the person said about one of their own outcomes), or, from the reference
 * group, a suggestion, a comment on one, or a session's notes.
 */
public final class EntryKind {

    public static final String FEEDBACK = "feedback";
    public static final String OUTCOME = "outcome";

    private EntryKind() {
    }

    public static String of(String source, Map<String, String> facets) {
        if ("survey".equals(source)) {
            return OUTCOME.equals(facets.get("question")) ? OUTCOME : FEEDBACK;
        }
        return facets.getOrDefault("source", source);
    }
}
