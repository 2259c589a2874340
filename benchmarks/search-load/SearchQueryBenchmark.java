import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.mspportal.search.domain.query.QueryWords;
import org.mspportal.search.domain.query.Snippets;

/**
 * The same mix of searches, under the same fixed arrival rate (an open model: a search starts on time
 * whether or not the ones before have finished, and its latency counts from when it should have started),
 * against the portal's Lucene index (read directly, as Hibernate Search wrote it) and against PostgreSQL
 * full-text search (tsvector, GIN index, ts_headline, GROUP BY for facets) over the same redacted comments.
 * Each search does what the search page needs: the total, the top 20 by relevance with passages, the counts
 * of eight facets and whether at least 5 distinct people are behind the result. Run by run.sh.
 *
 * Usage: java -cp ... SearchQueryBenchmark.java <index directory> <jdbc url> <queries per second> <seconds>
 */
public class SearchQueryBenchmark {

    static final List<String> FACETS = List.of("kind", "question", "answer", "answeredBy", "team", "quarter", "themes",
            "typesOfRisk");
    static final Map<String, String> COLUMNS = Map.of("kind", "kind", "question", "question", "answer", "answer",
            "answeredBy", "answered_by", "team", "team", "quarter", "quarter");
    static final int TOP = 20;
    static final int MINIMUM_PEOPLE = 5;

    static final List<String> WORDS = List.of("told", "happening", "weeks", "social", "worker", "listened", "police",
            "came", "son", "help", "arrested", "safer", "locks", "changed", "people", "advocate", "meeting", "heard",
            "care", "agency", "carers", "money", "bank", "understand", "letters", "long", "decision", "asked", "wanted",
            "scared", "dark", "manager", "home", "rude", "explained", "easy", "family", "informed", "phone", "calls",
            "stopped", "safe", "promised", "ring", "court", "waiting", "neighbours", "frightened", "confidence",
            "nurse", "bruises", "choose", "scam", "daughter", "hardest", "involved", "officer", "kind", "looked", "worker",
            "staff", "often", "respected", "confusing", "difference", "thank", "hope", "worries", "independent",
            "friend", "best", "glad", "council", "talk", "view", "understand", "noticed");
    static final List<String> PHRASES = List.of("never came back", "care home", "social worker", "felt safe",
            "court case", "support worker", "phone calls", "easy words", "bank stopped", "kept informed",
            "real difference", "money back", "different carers", "felt respected", "felt involved");
    static final List<String> PREFIXES = List.of("listen", "inform", "involv", "frighten", "confus", "independ",
            "decid", "advoc", "promis", "respect");
    static final Map<String, List<String>> VALUES = Map.of(
            "answer", List.of("YES", "NO", "PARTLY"),
            "question", List.of("outcome", "LISTENED_TO", "INVOLVED", "INFORMED", "SAFER", "RESPECTED"),
            "team", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
            "quarter", List.of("2024-25 Q2", "2025-26 Q1", "2025-26 Q3", "2024-25 Q4"),
            "themes", List.of("Being listened to", "Feeling safe", "Police and justice", "Timeliness",
                    "Family and carers", "Money and property"),
            "typesOfRisk", List.of("PHYSICAL", "NEGLECT_AND_ACTS_OF_OMISSION", "FINANCIAL_OR_MATERIAL", "DOMESTIC"));

    /** One search of the mix: what a lead typed, in the portal's syntax, and the facet values chosen. */
    record Search(String typed, Map<String, List<String>> filters) {
    }

    /** What a search gave, to check that both engines answer alike. */
    record Answer(long total, int people, Map<String, Map<String, Long>> facets, List<String> passages) {
    }

    interface Engine extends AutoCloseable {
        Answer search(Search search) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        String jdbc = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<Search> mix = mix(240, 20261123L);
        System.out.printf("query mix: %d searches (%d distinct words typed)%n", mix.size(),
                mix.stream().map(Search::typed).distinct().count());

        try (LuceneEngine lucene = new LuceneEngine(index); PostgresEngine postgres = new PostgresEngine(jdbc)) {
            int agree = 0;
            for (int i = 0; i < 20; i++) {
                Answer a = lucene.search(mix.get(i));
                Answer b = postgres.search(mix.get(i));
                if (a.total() == b.total()) {
                    agree++;
                } else {
                    System.out.printf("  totals differ for %s: Lucene %d, PostgreSQL %d%n", mix.get(i), a.total(), b.total());
                }
            }
            System.out.printf("same totals on the first 20 searches: %d of 20%n", agree);
            for (Engine engine : List.of(lucene, postgres)) {
                String name = engine == lucene ? "Lucene" : "PostgreSQL full-text search";
                // Warm-up, not counted: the whole mix once, one search after another (the JVM's compiler and
                // both engines' caches), then 20 seconds at the rate.
                for (Search search : mix) {
                    engine.search(search);
                }
                run(engine, mix, rate, Math.min(20, seconds));
                List<Long> micros = run(engine, mix, rate, seconds);
                Collections.sort(micros);
                System.out.printf("%s at %d searches/s for %d s: %d searches, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        name, rate, seconds, micros.size(), micros.get(micros.size() / 2) / 1000.0,
                        micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
            }
        }
    }

    /** Starts one search every 1/rate seconds for the given time; each latency counts from its planned start. */
    static List<Long> run(Engine engine, List<Search> mix, int rate, int seconds) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        List<Future<Long>> results = new ArrayList<>();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        int count = rate * seconds;
        for (int i = 0; i < count; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Search search = mix.get(i % mix.size());
            results.add(workers.submit(() -> {
                engine.search(search);
                return (System.nanoTime() - planned) / 1000;
            }));
        }
        List<Long> micros = new ArrayList<>();
        for (Future<Long> result : results) {
            micros.add(result.get());
        }
        workers.shutdown();
        return micros;
    }

    static List<Search> mix(int size, long seed) {
        Random random = new Random(seed);
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String typed = switch (i % 6) {
                case 0, 1 -> pick(random, WORDS);
                case 2 -> pick(random, WORDS) + " " + pick(random, WORDS);
                case 3 -> "\"" + pick(random, PHRASES) + "\"";
                case 4 -> pick(random, WORDS) + " OR " + pick(random, WORDS) + (random.nextBoolean() ? "" : " -" + pick(random, WORDS));
                default -> pick(random, PREFIXES) + "*";
            };
            Map<String, List<String>> filters = new HashMap<>();
            int facets = random.nextInt(3);
            List<String> names = new ArrayList<>(VALUES.keySet());
            Collections.sort(names);
            for (int f = 0; f < facets; f++) {
                String facet = pick(random, names);
                filters.put(facet, List.of(pick(random, VALUES.get(facet))));
            }
            searches.add(new Search(typed, filters));
        }
        return searches;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The index as Hibernate Search wrote it: text analysed as English, facets as keyword terms and doc values. */
    static final class LuceneEngine implements Engine {
        final DirectoryReader reader;
        final IndexSearcher searcher;
        final EnglishAnalyzer english = new EnglishAnalyzer();

        LuceneEngine(Path index) throws Exception {
            reader = DirectoryReader.open(FSDirectory.open(index));
            searcher = new IndexSearcher(reader);
            System.out.printf("Lucene index: %d comments%n", reader.numDocs());
        }

        @Override
        public Answer search(Search search) throws Exception {
            QueryWords words = QueryWords.parse(search.typed());
            SimpleQueryParser parser = new SimpleQueryParser(english, "text");
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(parser.parse(words.simpleQuery()), BooleanClause.Occur.MUST);
            search.filters().forEach((facet, values) -> query.add(new TermInSetQuery(facet,
                    values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
            Query q = query.build();
            TopDocs top = searcher.search(q, TOP);
            List<String> passages = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc, Set.of("text"));
                passages.addAll(Snippets.of(doc.get("text"), words));
            }
            FacetCounts counts = searcher.search(q, new FacetCountsManager());
            return new Answer(counts.total, counts.people.size() >= MINIMUM_PEOPLE ? MINIMUM_PEOPLE : counts.people.size(),
                    counts.facets, passages);
        }

        @Override
        public void close() throws Exception {
            reader.close();
        }
    }

    /** Counts every matching comment's facet values and distinct people (up to the minimum), as the page's aggregations do. */
    static final class FacetCounts {
        long total;
        final Map<String, Map<String, Long>> facets = new HashMap<>();
        final Set<String> people = new HashSet<>();

        void merge(FacetCounts other) {
            total += other.total;
            other.facets.forEach((f, m) -> m.forEach((v, c) -> facets.computeIfAbsent(f, k -> new HashMap<>()).merge(v, c, Long::sum)));
            people.addAll(other.people);
        }
    }

    static final class FacetCountsManager implements CollectorManager<Collector, FacetCounts> {
        final List<FacetCounts> parts = new ArrayList<>();

        @Override
        public Collector newCollector() {
            FacetCounts counts = new FacetCounts();
            synchronized (parts) {
                parts.add(counts);
            }
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws java.io.IOException {
                    Map<String, SortedSetDocValues> values = new HashMap<>();
                    Map<String, long[]> ordCounts = new HashMap<>();
                    for (String facet : FACETS) {
                        SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), facet);
                        values.put(facet, dv);
                        ordCounts.put(facet, new long[(int) Math.max(0, dv.getValueCount())]);
                    }
                    SortedSetDocValues people = DocValues.getSortedSet(context.reader(), "personKey");
                    Set<Long> peopleOrds = new HashSet<>();
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                        }

                        @Override
                        public void collect(int doc) throws java.io.IOException {
                            counts.total++;
                            for (String facet : FACETS) {
                                SortedSetDocValues dv = values.get(facet);
                                if (dv.advanceExact(doc)) {
                                    long[] c = ordCounts.get(facet);
                                    for (int i = 0; i < dv.docValueCount(); i++) {
                                        c[(int) dv.nextOrd()]++;
                                    }
                                }
                            }
                            if (peopleOrds.size() < MINIMUM_PEOPLE && people.advanceExact(doc)) {
                                peopleOrds.add(people.nextOrd());
                            }
                        }

                        @Override
                        public void finish() throws java.io.IOException {
                            for (String facet : FACETS) {
                                long[] c = ordCounts.get(facet);
                                SortedSetDocValues dv = values.get(facet);
                                for (int ord = 0; ord < c.length; ord++) {
                                    if (c[ord] > 0) {
                                        counts.facets.computeIfAbsent(facet, k -> new HashMap<>())
                                                .merge(dv.lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
                                    }
                                }
                            }
                            for (long ord : peopleOrds) {
                                counts.people.add(context.ord + ":" + people.lookupOrd(ord).utf8ToString());
                            }
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public FacetCounts reduce(java.util.Collection<Collector> collectors) {
            FacetCounts all = new FacetCounts();
            parts.forEach(all::merge);
            return all;
        }
    }

    /** The same comments in PostgreSQL: a tsvector with a GIN index, facets as columns (themes and risks in their own tables). */
    static final class PostgresEngine implements Engine {
        /** As an application server's pool would: searches beyond it wait for a connection, and that wait counts. */
        static final int POOL = 16;
        final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        final List<Connection> all = new ArrayList<>();

        PostgresEngine(String jdbc) throws Exception {
            for (int i = 0; i < POOL; i++) {
                Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                all.add(c);
                pool.add(c);
            }
            try (PreparedStatement s = all.get(0).prepareStatement("SELECT COUNT(*) FROM bench_fts");
                 ResultSet r = s.executeQuery()) {
                r.next();
                System.out.printf("PostgreSQL table: %d comments (a pool of %d connections)%n", r.getLong(1), POOL);
            }
        }

        @Override
        public Answer search(Search search) throws Exception {
            Connection c = pool.take();
            try {
                return search(c, search);
            } finally {
                pool.add(c);
            }
        }

        Answer search(Connection c, Search search) throws Exception {
            String tsquery = tsquery(search.typed());
            StringBuilder where = new StringBuilder("tsv @@ to_tsquery('english', ?)");
            List<Object> parameters = new ArrayList<>(List.of(tsquery));
            for (Map.Entry<String, List<String>> filter : search.filters().entrySet()) {
                String facet = filter.getKey();
                if (facet.equals("themes")) {
                    where.append(" AND EXISTS (SELECT 1 FROM bench_fts_theme t WHERE t.entry_id = f.id AND t.theme = ANY(?))");
                } else if (facet.equals("typesOfRisk")) {
                    where.append(" AND EXISTS (SELECT 1 FROM bench_fts_risk k WHERE k.entry_id = f.id AND k.type_of_risk = ANY(?))");
                } else {
                    where.append(" AND f.").append(COLUMNS.get(facet)).append(" = ANY(?)");
                }
                parameters.add(filter.getValue().toArray(new String[0]));
            }
            List<String> passages = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ts_headline('english', redacted_text, to_tsquery('english', ?), "
                    + "'MaxFragments=2, MaxWords=30, MinWords=10') FROM (SELECT f.redacted_text, ts_rank(f.tsv, to_tsquery('english', ?)) AS rank "
                    + "FROM bench_fts f WHERE " + where + " ORDER BY rank DESC LIMIT " + TOP + ") top")) {
                s.setString(1, tsquery);
                s.setString(2, tsquery);
                bind(c, s, parameters, 3);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        passages.add(r.getString(1));
                    }
                }
            }
            StringBuilder facets = new StringBuilder("WITH m AS MATERIALIZED (SELECT f.id, f.kind, f.question, f.answer, "
                    + "f.answered_by, f.team, f.quarter, f.person_key FROM bench_fts f WHERE " + where + ") "
                    + "SELECT '_total', NULL, COUNT(*) FROM m UNION ALL SELECT '_people', NULL, COUNT(*) FROM "
                    + "(SELECT DISTINCT person_key FROM m WHERE person_key IS NOT NULL LIMIT " + MINIMUM_PEOPLE + ") p");
            for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
                facets.append(" UNION ALL SELECT '").append(column.getKey()).append("', ").append(column.getValue())
                        .append(", COUNT(*) FROM m GROUP BY ").append(column.getValue());
            }
            facets.append(" UNION ALL SELECT 'themes', t.theme, COUNT(*) FROM m JOIN bench_fts_theme t ON t.entry_id = m.id GROUP BY t.theme");
            facets.append(" UNION ALL SELECT 'typesOfRisk', k.type_of_risk, COUNT(*) FROM m JOIN bench_fts_risk k ON k.entry_id = m.id GROUP BY k.type_of_risk");
            long total = 0;
            int people = 0;
            Map<String, Map<String, Long>> counts = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(facets.toString())) {
                bind(c, s, parameters, 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        switch (r.getString(1)) {
                            case "_total" -> total = r.getLong(3);
                            case "_people" -> people = (int) r.getLong(3);
                            default -> counts.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getLong(3));
                        }
                    }
                }
            }
            return new Answer(total, people, counts, passages);
        }

        static void bind(Connection c, PreparedStatement s, List<Object> parameters, int first) throws Exception {
            int at = first;
            for (Object parameter : parameters) {
                if (parameter instanceof String[] values) {
                    Array array = c.createArrayOf("varchar", values);
                    s.setArray(at++, array);
                } else {
                    s.setString(at++, (String) parameter);
                }
            }
        }

        /** The portal's query syntax as a tsquery: words AND, OR, -word NOT, "phrase" FOLLOWED BY, prefix* :*. */
        static String tsquery(String typed) {
            List<String> parts = new ArrayList<>();
            String pendingOr = null;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?)\"([^\"]*)\"|(\\S+)").matcher(typed);
            List<String> tokens = new ArrayList<>();
            while (m.find()) {
                if (m.group(2) != null) {
                    tokens.add(m.group(1) + "(" + String.join(" <-> ", m.group(2).strip().split("\\s+")) + ")");
                } else {
                    tokens.add(m.group(3));
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (token.equals("OR")) {
                    continue;
                }
                String term = token.startsWith("-") ? "!" + token.substring(1) : token;
                term = term.endsWith("*") ? term.substring(0, term.length() - 1) + ":*" : term;
                if (i > 0 && tokens.get(i - 1).equals("OR") && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, "(" + parts.get(parts.size() - 1) + " | " + term + ")");
                } else {
                    parts.add(term);
                }
            }
            return String.join(" & ", parts).toLowerCase(Locale.ROOT);
        }

        @Override
        public void close() throws Exception {
            for (Connection c : all) {
                c.close();
            }
        }
    }
}
