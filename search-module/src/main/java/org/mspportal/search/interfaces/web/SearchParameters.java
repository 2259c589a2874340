package org.mspportal.search.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mspportal.search.domain.query.Facet;
import org.mspportal.search.domain.query.SearchRequest;

/**
 * A search as the page's address carries it ({@code q}, {@code order}, {@code page}, and one parameter per
 * facet, repeated for each value), so that every search, filter and page is a plain link: bookmarkable, and
 * usable without JavaScript.
 */
final class SearchParameters {

    static final String WORDS = "q";
    static final String ORDER = "order";
    static final String PAGE = "page";
    static final int MAX_VALUES = 50;

    private SearchParameters() {
    }

    static SearchRequest read(Map<String, String[]> parameters) {
        String words = first(parameters, WORDS);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String[] values = parameters.get(facet.parameter());
            if (values != null) {
                Set<String> chosen = new LinkedHashSet<>();
                for (String value : values) {
                    if (value != null && !value.isBlank() && value.length() <= 200 && chosen.size() < MAX_VALUES) {
                        chosen.add(value);
                    }
                }
                filters.put(facet, chosen);
            }
        }
        SearchRequest.Order order = "newest".equals(first(parameters, ORDER)) ? SearchRequest.Order.NEWEST
                : SearchRequest.Order.RELEVANCE;
        int page;
        try {
            page = Integer.parseInt(first(parameters, PAGE));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new SearchRequest(words, filters, order, page);
    }

    /** The address's query string for a search. */
    static String query(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.words() != null && !request.words().isBlank()) {
            parts.add(WORDS + "=" + encode(request.words()));
        }
        request.filters().forEach((facet, values) -> values.stream().sorted()
                .forEach(value -> parts.add(facet.parameter() + "=" + encode(value))));
        if (request.order() == SearchRequest.Order.NEWEST) {
            parts.add(ORDER + "=newest");
        }
        if (request.page() > 1) {
            parts.add(PAGE + "=" + request.page());
        }
        return String.join("&", parts);
    }

    /** The same search with one facet value chosen or, if it was chosen, let go; back to the first page. */
    static SearchRequest toggled(SearchRequest request, Facet facet, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        request.filters().forEach((f, values) -> filters.put(f, new LinkedHashSet<>(values)));
        Set<String> values = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return new SearchRequest(request.words(), filters, request.order(), 1);
    }

    static SearchRequest onPage(SearchRequest request, int page) {
        return new SearchRequest(request.words(), request.filters(), request.order(), page);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
