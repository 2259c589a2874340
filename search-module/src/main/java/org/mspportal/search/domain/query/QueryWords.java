package org.mspportal.search.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mspportal.search.domain.theme.EnglishText;

/**
 * The words a search looks for, as a person types them: words, "phrases", OR between alternatives,
 * -exclusions and prefix*. Turns them into the index's simple query syntax, capped in length, and
 * tells which stems and prefixes to mark in the passages shown.
 */
public final class QueryWords {

    /** Longer queries are cut here: no one types more, and a huge query only costs the server. */
    public static final int MAX_LENGTH = 500;

    /** Signs of a search syntax richer than ours; everyday punctuation (, . ? !) is simply dropped. */
    private static final Pattern SYNTAX = Pattern.compile("[()~^{}\\[\\]\\\\:+/&]");
    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"|(\\S+)");

    private final String simpleQuery;
    private final List<String> stems;
    private final List<String> prefixes;
    private final String repair;

    private QueryWords(String simpleQuery, List<String> stems, List<String> prefixes, String repair) {
        this.simpleQuery = simpleQuery;
        this.stems = stems;
        this.prefixes = prefixes;
        this.repair = repair;
    }

    public static QueryWords parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        List<String> repairs = new ArrayList<>();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
            repairs.add("only its first " + MAX_LENGTH + " characters were used");
        }
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            text = text + "\"";
            repairs.add("a quotation mark was not closed, so the phrase runs to the end");
        }
        List<String> query = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Matcher part = PART.matcher(text);
        while (part.find()) {
            if (part.group(2) != null) {
                String phrase = part.group(2).replaceAll("[\"\\\\]", " ").strip();
                if (!phrase.isEmpty()) {
                    query.add(part.group(1) + "\"" + phrase + "\"");
                    if (part.group(1).isEmpty()) {
                        stems.addAll(EnglishText.stems(phrase));
                    }
                }
                continue;
            }
            String word = part.group(3);
            if (word.equals("OR") || word.equals("|")) {
                if (!query.isEmpty()) {
                    query.add("|");
                }
                continue;
            }
            boolean excluded = word.startsWith("-");
            // Fuzziness and boosts (~2, ^3) belong to a richer syntax: their numbers are not words.
            String bare = word.replaceAll("[~^][0-9.]*", "").replaceAll("[^\\p{L}\\p{N}'*]", "");
            if (SYNTAX.matcher(word).find()) {
                addOnce(repairs, "signs such as brackets, ~ and ^ were left out");
            }
            boolean prefix = bare.endsWith("*");
            bare = bare.replace("*", "");
            if (bare.isEmpty()) {
                continue;
            }
            query.add((excluded ? "-" : "") + bare + (prefix ? "*" : ""));
            if (!excluded) {
                if (prefix) {
                    prefixes.add(bare.toLowerCase(Locale.ROOT));
                } else {
                    stems.addAll(EnglishText.stems(bare));
                }
            }
        }
        while (!query.isEmpty() && query.get(query.size() - 1).equals("|")) {
            query.remove(query.size() - 1);
        }
        String repair = repairs.isEmpty() ? null : "Your search was read as plain words: " + String.join("; ", repairs) + ".";
        return new QueryWords(String.join(" ", query), List.copyOf(stems), List.copyOf(prefixes), repair);
    }

    private static void addOnce(List<String> repairs, String repair) {
        if (!repairs.contains(repair)) {
            repairs.add(repair);
        }
    }

    /** What had to be changed in what was typed, in words for the lead; null if nothing. */
    public String repair() {
        return repair;
    }

    /** In the index's simple query syntax; empty when nothing searchable was typed. */
    public String simpleQuery() {
        return simpleQuery;
    }

    public boolean isEmpty() {
        return simpleQuery.isBlank();
    }

    /** Whether a word of a text (by its stem) is one the search asked for, to mark it. */
    public boolean marks(String stem) {
        return stems.contains(stem) || prefixes.stream().anyMatch(stem::startsWith);
    }
}
