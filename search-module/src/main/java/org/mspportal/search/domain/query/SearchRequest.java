package org.mspportal.search.domain.query;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A lead's search: the words, the chosen values of each facet (any of a facet's values, all facets
 * together), the order and the page (from 1).
 */
public record SearchRequest(String words, Map<Facet, Set<String>> filters, Order order, int page) {

    public static final int PAGE_SIZE = 20;

    public enum Order { RELEVANCE, NEWEST }

    public SearchRequest {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = copy;
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(1, page);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** For the audit trail: what was searched, in codes. */
    public String describe() {
        String typed = words == null ? "" : words.strip();
        return "words: " + (typed.length() > QueryWords.MAX_LENGTH ? typed.substring(0, QueryWords.MAX_LENGTH) : typed)
                + "; filters: " + filters + "; order: " + order;
    }
}
