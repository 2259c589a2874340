package org.mspportal.search.domain.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.mspportal.search.domain.redaction.IdentifierType;
import org.mspportal.search.domain.theme.EnglishText;

/**
 * The words and two-word phrases unusually common in what a search found, compared with everything in
 * the index: for each, the share of found comments that hold it against its share of all comments.
 * Counted by stems (as the index counts), shown in the form people wrote most often. A term must be in at
 * least {@link #MIN_COMMENTS} found comments; placeholders of redaction never count.
 */
public final class EmergingTerms {

    public static final int MIN_COMMENTS = 3;
    public static final int MAX_TERMS = 15;
    static final int MAX_PHRASES_LOOKED_UP = 50;

    private static final Set<String> PLACEHOLDERS = placeholders();

    /** A term found unusually often, in the words people used, with how many found comments hold it. */
    public record Term(String words, int comments, double lift) {
    }

    private EmergingTerms() {
    }

    /**
     * @param found            the redacted words of the comments the search found
     * @param everything       how many comments the index holds
     * @param commentsHolding  how many comments of the whole index hold a term (its stems, space-separated)
     */
    public static List<Term> of(List<String> found, long everything, ToLongFunction<String> commentsHolding) {
        Map<String, Integer> holding = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (String text : found) {
            List<EnglishText.Token> tokens = EnglishText.tokens(text);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                EnglishText.Token token = tokens.get(i);
                if (PLACEHOLDERS.contains(token.stem()) || token.stem().length() < 3 || isNumber(token.stem())) {
                    continue;
                }
                count(token.stem(), text.substring(token.start(), token.end()), seen, holding, surfaces);
                if (i + 1 < tokens.size()) {
                    EnglishText.Token next = tokens.get(i + 1);
                    if (!PLACEHOLDERS.contains(next.stem()) && next.stem().length() >= 3 && !isNumber(next.stem())) {
                        count(token.stem() + " " + next.stem(), text.substring(token.start(), next.end()), seen,
                                holding, surfaces);
                    }
                }
            }
        }
        List<Term> terms = new ArrayList<>();
        int foundCount = found.size();
        if (foundCount == 0 || everything <= 0) {
            return List.of();
        }
        // A word's count in the whole index is one lookup; a phrase's is a search of its own: only the
        // phrases most common in what was found are looked up, so a search never costs hundreds of them.
        Set<String> phrasesLookedUp = new HashSet<>(holding.entrySet().stream()
                .filter(e -> e.getKey().contains(" ") && e.getValue() >= MIN_COMMENTS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_PHRASES_LOOKED_UP).map(Map.Entry::getKey).toList());
        holding.forEach((stems, comments) -> {
            if (comments < MIN_COMMENTS || stems.contains(" ") && !phrasesLookedUp.contains(stems)) {
                return;
            }
            long overall = Math.max(comments, commentsHolding.applyAsLong(stems));
            double lift = ((double) comments / foundCount) / ((double) overall / everything);
            if (lift > 1.5) {
                terms.add(new Term(mostUsed(surfaces.get(stems)), comments, lift));
            }
        });
        terms.sort(Comparator.comparingDouble(Term::lift).reversed().thenComparing(Term::comments, Comparator.reverseOrder()));
        return List.copyOf(terms.subList(0, Math.min(MAX_TERMS, terms.size())));
    }

    private static void count(String stems, String surface, Set<String> seen, Map<String, Integer> holding,
                              Map<String, Map<String, Integer>> surfaces) {
        if (seen.add(stems)) {
            holding.merge(stems, 1, Integer::sum);
        }
        surfaces.computeIfAbsent(stems, k -> new HashMap<>()).merge(surface.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }

    private static String mostUsed(Map<String, Integer> forms) {
        return forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static boolean isNumber(String stem) {
        return stem.chars().allMatch(Character::isDigit);
    }

    private static Set<String> placeholders() {
        Set<String> stems = new LinkedHashSet<>();
        for (IdentifierType type : IdentifierType.values()) {
            stems.addAll(EnglishText.stems(type.placeholder().replace('_', ' ')));
        }
        return Set.copyOf(stems);
    }
}
