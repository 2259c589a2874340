package org.mspportal.search.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Measures the redactor on the project's labelled corpus: recall and precision for each identifier type.
 * An identifier counts as caught if a finding of its type covers any of it; a finding counts as right if
 * it covers an identifier of its type. Targets (issue 6): recall 0.98 for structured identifiers and
 * 0.90 for names, precision 0.90. The table printed here is the one in docs/benchmarks.md.
 */
class RedactionQualityTest {

    static final long SEED = 20261123L;
    static final int SIZE = 400;
    static final Set<IdentifierType> STRUCTURED = Set.of(IdentifierType.PHONE, IdentifierType.EMAIL,
            IdentifierType.POSTCODE, IdentifierType.NHS_NUMBER, IdentifierType.NI_NUMBER, IdentifierType.CASE_REF,
            IdentifierType.URL, IdentifierType.DATE, IdentifierType.ADDRESS);

    @Test
    void recallAndPrecisionMeetTheTargetsForEveryType() {
        List<String> belowTarget = measure("tuning corpus", RedactionCorpus.build(SEED, SIZE));
        assertTrue(belowTarget.isEmpty(), "below target: " + belowTarget);
    }

    /** Reported, not enforced: the phrasings the rules were not written against. */
    @Test
    void heldOutPhrasingsAreMeasuredToo() {
        List<RedactionCorpus.Comment> heldOut = RedactionCorpus.buildHeldOut(SEED + 1, 200);
        measure("held-out corpus", heldOut);
        assertTrue(heldOut.size() >= 200);
    }

    private List<String> measure(String name, List<RedactionCorpus.Comment> corpus) {
        Redactor redactor = Redactor.withShippedNames();
        Map<IdentifierType, int[]> counts = new EnumMap<>(IdentifierType.class); // labels, caught, findings, right
        List<String> misses = new ArrayList<>();
        for (IdentifierType type : IdentifierType.values()) {
            counts.put(type, new int[4]);
        }
        for (RedactionCorpus.Comment comment : corpus) {
            List<Finding> found = redactor.find(comment.text());
            for (Finding label : comment.labels()) {
                int[] c = counts.get(label.type());
                c[0]++;
                if (found.stream().anyMatch(f -> f.type() == label.type() && f.overlaps(label.start(), label.end()))) {
                    c[1]++;
                } else {
                    misses.add(label.type() + " missed: " + comment.text().substring(label.start(), label.end())
                            + "  in  " + comment.text());
                }
            }
            for (Finding f : found) {
                int[] c = counts.get(f.type());
                c[2]++;
                if (comment.labels().stream().anyMatch(l -> l.type() == f.type() && f.overlaps(l.start(), l.end()))) {
                    c[3]++;
                } else {
                    misses.add(f.type() + " wrongly: " + comment.text().substring(f.start(), f.end())
                            + "  in  " + comment.text());
                }
            }
        }
        StringBuilder table = new StringBuilder("| type | identifiers | caught | recall | findings | right | precision |\n"
                + "|---|---|---|---|---|---|---|\n");
        List<String> belowTarget = new ArrayList<>();
        counts.forEach((type, c) -> {
            double recall = c[0] == 0 ? 1 : (double) c[1] / c[0];
            double precision = c[2] == 0 ? 1 : (double) c[3] / c[2];
            table.append(String.format("| %s | %d | %d | %.3f | %d | %d | %.3f |%n", type, c[0], c[1], recall, c[2], c[3],
                    precision));
            double recallTarget = STRUCTURED.contains(type) ? 0.98 : 0.90;
            if (recall < recallTarget || precision < 0.90) {
                belowTarget.add(type.name());
            }
        });
        System.out.println("Redaction, " + name + ", " + corpus.size() + " comments:\n" + table);
        misses.forEach(System.out::println);
        assertTrue(corpus.size() >= 200);
        return belowTarget;
    }
}
