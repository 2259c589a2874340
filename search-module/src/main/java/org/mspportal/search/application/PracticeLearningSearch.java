package org.mspportal.search.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.security.PortalRole;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.query.EmergingTerms;
import org.mspportal.search.domain.query.Facet;
import org.mspportal.search.domain.query.MinimumGroupSize;
import org.mspportal.search.domain.query.QueryWords;
import org.mspportal.search.domain.query.SearchRequest;
import org.mspportal.search.domain.query.Snippets;

/**
 * Searches the anonymised words: words, "phrases", OR, -exclusions and prefix* over the redacted text
 * (English stems), narrowed by facets, best matches or newest first, with the passages that matched and
 * each facet's counts. Where the result comes from fewer distinct people than the minimum group size,
 * the words are withheld. Every search is audited. A narrowed search also gets its emerging terms: words
 * and phrases unusually common in what it found compared with the whole index.
 *
 * <p>Passages are cut in plain Java ({@link Snippets}): WildFly's Lucene module has no highlighter, so
 * Hibernate Search's highlight projection cannot run there.
 */
@Stateless
@RolesAllowed({PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class PracticeLearningSearch {

    static final String PERSON_FIELD = "personKey";
    static final int FACET_VALUES = 100;
    /** Found comments read for emerging terms: enough for a pattern, few enough to stay quick. */
    static final int EMERGING_FROM = 2000;

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "msp.search.minimum-group-size", defaultValue = "" + MinimumGroupSize.DEFAULT)
    int minimumGroupSize;

    public Results search(SearchRequest request) {
        audit.record("SEARCHED_PRACTICE_LEARNING", "practice learning search", request.describe());
        return find(request, request.offset(), SearchRequest.PAGE_SIZE);
    }

    /** Up to {@code max} results of the search, for a practice-learning report; audited as an export. */
    public Results export(SearchRequest request, int max) {
        audit.record("EXPORTED_PRACTICE_LEARNING", "practice learning search", request.describe());
        return find(request, 0, max);
    }

    private Results find(SearchRequest request, int offset, int limit) {
        MinimumGroupSize minimum = new MinimumGroupSize(minimumGroupSize);
        QueryWords words = QueryWords.parse(request.words());
        SearchSession session = Search.session(em);
        SearchScope<SearchEntry> scope = session.scope(SearchEntry.class);
        SearchPredicate where = predicate(scope, words, request.filters());
        AggregationKey<Map<String, Long>> people = AggregationKey.of(PERSON_FIELD);
        Map<Facet, AggregationKey<Map<String, Long>>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facetKeys.put(facet, AggregationKey.of(facet.field()));
        }
        var query = session.search(scope).where(where)
                .aggregation(people, f -> f.terms().field(PERSON_FIELD, String.class).maxTermCount(minimum.people()));
        for (Facet facet : Facet.values()) {
            query = query.aggregation(facetKeys.get(facet),
                    f -> f.terms().field(facet.field(), String.class).maxTermCount(FACET_VALUES));
        }
        SearchResult<SearchEntry> result = query
                .sort(f -> request.order() == SearchRequest.Order.NEWEST
                        ? f.field("writtenOn").desc().then().score() : f.score())
                .fetch(offset, limit);

        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            result.aggregation(facetKeys.get(facet)).forEach((value, count) -> counts.add(new FacetCount(value, count,
                    minimum.shown(count), request.filters().getOrDefault(facet, Set.of()).contains(value))));
            counts.sort(Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(facet, counts);
        }
        long total = result.total().hitCount();
        boolean withheld = minimum.withholds(result.aggregation(people).size());
        List<Hit> hits = withheld ? List.of() : result.hits().stream()
                .map(entry -> new Hit(entry, Snippets.of(entry.getRedactedText(), words))).toList();
        boolean narrowed = !words.isEmpty() || !request.filters().isEmpty();
        List<EmergingTerms.Term> emerging = withheld || !narrowed || total == 0 ? List.of()
                : emerging(session.search(scope).select(f -> f.field(SearchEntry.TEXT, String.class)).where(where)
                        .fetchHits(EMERGING_FROM));
        return new Results(total, withheld, minimum, hits, facets, words.repair(), emerging);
    }

    /** Terms of the found comments compared with the whole index, read directly from Lucene. */
    private List<EmergingTerms.Term> emerging(List<String> found) {
        try (IndexReader reader = Search.mapping(em.getEntityManagerFactory()).scope(SearchEntry.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return EmergingTerms.of(found, reader.numDocs(), stems -> {
                String[] parts = stems.split(" ");
                try {
                    if (parts.length == 1) {
                        return reader.docFreq(new Term(SearchEntry.TEXT, parts[0]));
                    }
                    // Slop 1: a stop word dropped between the two leaves a gap in positions.
                    return searcher.count(new PhraseQuery(1, SearchEntry.TEXT, parts));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchPredicate predicate(SearchScope<SearchEntry> scope, QueryWords words,
                                             Map<Facet, Set<String>> filters) {
        return scope.predicate().bool(b -> {
            b.must(words.isEmpty() ? scope.predicate().matchAll().toPredicate()
                    : scope.predicate().simpleQueryString().field(SearchEntry.TEXT).matching(words.simpleQuery())
                    .defaultOperator(BooleanOperator.AND).toPredicate());
            filters.forEach((facet, values) ->
                    b.filter(scope.predicate().terms().field(facet.field()).matchingAny(values).toPredicate()));
        }).toPredicate();
    }

    /** One found entry with the passages to show, matched words marked. */
    public record Hit(SearchEntry entry, List<String> snippets) {
    }

    /** A facet's value with how many results have it, as shown, and whether the lead has chosen it. */
    public record FacetCount(String value, long count, String shown, boolean chosen) {
    }

    /**
     * @param total    results that matched
     * @param withheld true when they come from fewer distinct people than the minimum: no words are given
     * @param repair   what had to be changed in the words typed, for the lead; null if nothing
     * @param emerging terms unusually common in what was found (none for everything, or when withheld)
     */
    public record Results(long total, boolean withheld, MinimumGroupSize minimum, List<Hit> hits,
                          Map<Facet, List<FacetCount>> facets, String repair, List<EmergingTerms.Term> emerging) {
    }
}
