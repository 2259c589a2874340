package org.mspportal.core.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of text for theme search, as its module publishes it: still unredacted (the search module
 * redacts before anything is indexed), with coded facets such as the question, the answer, the team and
 * the quarter, and never a name or a case reference in a facet.
 *
 * @param source     the publishing module, e.g. {@code survey}
 * @param documentId stable within the source, so a later publication replaces it and a withdrawal removes it
 * @param text       the words as the person wrote them
 * @param facets     coded values only
 * @param writtenOn  when the words were written
 */
public record SearchDocument(String source, String documentId, String text, Map<String, String> facets,
                             LocalDate writtenOn) {

    public SearchDocument {
        Objects.requireNonNull(source);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(text);
        facets = Map.copyOf(facets);
    }
}
