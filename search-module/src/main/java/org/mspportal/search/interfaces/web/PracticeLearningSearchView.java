package org.mspportal.search.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.search.Attribute;
import org.mspportal.search.application.PracticeLearningSearch;
import org.mspportal.search.application.PublishedWords;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.query.Facet;
import org.mspportal.search.domain.query.SearchRequest;
import org.mspportal.search.domain.query.Snippets;

/** The themes search page: reads the search from the address, asks the search service, and words the answer. */
@Named("themesSearch")
@RequestScoped
public class PracticeLearningSearchView {

    @Inject
    PracticeLearningSearch search;

    @Inject
    PublishedWords words;

    private SearchRequest request;
    private PracticeLearningSearch.Results results;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request = SearchParameters.read(external.getRequestParameterValuesMap());
        results = search.search(request);
    }

    public SearchRequest getRequest() {
        return request;
    }

    public PracticeLearningSearch.Results getResults() {
        return results;
    }

    /**
     * False on a postback of the page's other forms (signing out, say): the search runs only when the page
     * is opened, and the page's parts are then empty rather than searching again.
     */
    private boolean searched() {
        return results != null;
    }

    public boolean isNewestFirst() {
        return searched() && request.order() == SearchRequest.Order.NEWEST;
    }

    public String getSummary() {
        if (!searched()) {
            return "";
        }
        if (results.total() == 0) {
            return "Nothing matches this search.";
        }
        String found = results.minimum().shown(results.total()) + (results.total() == 1 ? " result" : " results");
        if (results.withheld()) {
            return found + ", from fewer than " + results.minimum().people() + " people: withheld.";
        }
        int first = request.offset() + 1;
        int last = request.offset() + results.hits().size();
        return found + ". Showing " + first + " to " + last + ".";
    }

    /** The facet values chosen, carried by the form so that new words keep the filters. */
    public List<ChosenValue> getChosen() {
        List<ChosenValue> chosen = new ArrayList<>();
        if (!searched()) {
            return chosen;
        }
        request.filters().forEach((facet, values) -> values.stream().sorted()
                .forEach(value -> chosen.add(new ChosenValue(facet.parameter(), value))));
        return chosen;
    }

    public List<FacetView> getFacets() {
        List<FacetView> views = new ArrayList<>();
        if (!searched()) {
            return views;
        }
        for (Facet facet : Facet.values()) {
            List<FacetValueView> values = results.facets().get(facet).stream()
                    .map(count -> new FacetValueView(label(facet, count.value()), count.shown(), count.chosen(),
                            link(SearchParameters.toggled(request, facet, count.value()))))
                    .toList();
            if (!values.isEmpty()) {
                views.add(new FacetView(facet.label(), "facet-" + facet.parameter(), values));
            }
        }
        return views;
    }

    public List<HitView> getHits() {
        if (!searched()) {
            return List.of();
        }
        String back = URLEncoder.encode(link(request), StandardCharsets.UTF_8);
        return results.hits().stream().map(hit -> new HitView(
                words.kind(hit.entry().getKind()),
                describe(hit.entry()),
                String.join(", ", hit.entry().getThemes()),
                hit.snippets().stream().map(PracticeLearningSearchView::marked).toList(),
                "entry.xhtml?id=" + hit.entry().getId() + "&back=" + back)).toList();
    }

    public int getPages() {
        if (!searched()) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (results.total() + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    public String getPreviousPage() {
        return searched() && request.page() > 1 ? link(SearchParameters.onPage(request, request.page() - 1)) : null;
    }

    public String getNextPage() {
        return searched() && !results.withheld() && request.page() < getPages() ? link(SearchParameters.onPage(request, request.page() + 1)) : null;
    }

    public String getExportLink() {
        return searched() ? "export.csv" + query(request) : null;
    }

    /** The page's words escaped, then the matched words marked: nothing a person wrote becomes markup. */
    static String marked(String snippet) {
        String escaped = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        return escaped.replace(Snippets.MATCH_START, "<mark>").replace(Snippets.MATCH_END, "</mark>");
    }

    private String describe(SearchEntry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.getQuestion() != null) {
            parts.add("Question: " + words.label(Attribute.QUESTION, entry.getQuestion()));
        }
        if (entry.getAnswer() != null) {
            parts.add("Answer: " + words.label(Attribute.ANSWER, entry.getAnswer()));
        }
        if (entry.getTopic() != null) {
            parts.add("Topic: " + entry.getTopic());
        }
        if (entry.getQuarter() != null) {
            parts.add(entry.getQuarter());
        }
        if (entry.getTeam() != null) {
            parts.add(words.label(Attribute.TEAM, entry.getTeam()));
        }
        return String.join(" · ", parts);
    }

    private String label(Facet facet, String value) {
        if (facet == Facet.SOURCE) {
            return words.kind(value);
        }
        return facet.attribute() == null ? value : words.label(facet.attribute(), value);
    }

    private static String link(SearchRequest target) {
        return "index.xhtml" + query(target);
    }

    private static String query(SearchRequest target) {
        String query = SearchParameters.query(target);
        return query.isEmpty() ? "" : "?" + query;
    }

    public record ChosenValue(String parameter, String value) {
    }

    public record FacetView(String label, String id, List<FacetValueView> values) {
    }

    public record FacetValueView(String label, String count, boolean chosen, String href) {
    }

    public record HitView(String kind, String about, String themes, List<String> passages, String href) {
    }
}
