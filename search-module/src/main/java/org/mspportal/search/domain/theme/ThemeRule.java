package org.mspportal.search.domain.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What makes a document part of a theme: words and phrases, one per line or separated by commas, as a
 * lead writes them ({@code listened to, ignored, nobody heard me}). A document matches if it holds any
 * of them: a word by its stem, a phrase as its stems in that order, next to each other.
 */
public final class ThemeRule {

    public static final int MAX_LENGTH = 2000;

    private final String text;
    private final List<List<String>> terms;

    private ThemeRule(String text, List<List<String>> terms) {
        this.text = text;
        this.terms = terms;
    }

    /** @throws IllegalArgumentException with a message for the lead, if the rule would match nothing */
    public static ThemeRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the theme at least one word or phrase.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Keep the words and phrases to " + MAX_LENGTH + " characters or fewer.");
        }
        List<List<String>> terms = new ArrayList<>();
        for (String term : text.split("[,;\\n]")) {
            List<String> stems = EnglishText.stems(term);
            if (!stems.isEmpty() && !terms.contains(stems)) {
                terms.add(List.copyOf(stems));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("Those words are too common to find anything: give the theme words "
                    + "with a meaning of their own, such as \"listened\" or \"police\".");
        }
        return new ThemeRule(text.strip(), List.copyOf(terms));
    }

    /** @param stems a document's words, as {@link EnglishText#stems} gives them */
    public boolean matches(List<String> stems) {
        for (List<String> term : terms) {
            if (term.size() == 1 ? stems.contains(term.get(0)) : Collections.indexOfSubList(stems, term) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** As the lead wrote it. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThemeRule rule && rule.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }
}
