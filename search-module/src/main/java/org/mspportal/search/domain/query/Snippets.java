package org.mspportal.search.domain.query;

import java.util.ArrayList;
import java.util.List;

import org.mspportal.search.domain.theme.EnglishText;

/**
 * The passages of a (redacted) text to show for a search: up to two, around the first words the search
 * asked for, with those words between {@link #MATCH_START} and {@link #MATCH_END}. Words are matched by
 * their stems, as the index matched them.
 */
public final class Snippets {

    /** Characters no one types: a page escapes the passage first, then turns these into highlighting. */
    public static final String MATCH_START = "\u0002";
    public static final String MATCH_END = "\u0003";

    static final int LENGTH = 160;
    static final int MAX = 2;

    private Snippets() {
    }

    public static List<String> of(String text, QueryWords words) {
        List<EnglishText.Token> marked = EnglishText.tokens(text).stream().filter(t -> words.marks(t.stem())).toList();
        List<String> passages = new ArrayList<>();
        if (marked.isEmpty()) {
            passages.add(cut(text, 0, Math.min(text.length(), LENGTH), List.of()));
            return passages;
        }
        int shownUntil = -1;
        for (EnglishText.Token first : marked) {
            if (passages.size() == MAX) {
                break;
            }
            if (first.start() < shownUntil) {
                continue;
            }
            int start = Math.min(first.start(), wordStart(text, Math.max(0, first.start() - LENGTH / 3)));
            int end = Math.max(first.end(), wordEnd(text, Math.min(text.length(), start + LENGTH)));
            List<EnglishText.Token> inside = marked.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
            passages.add(cut(text, start, end, inside));
            shownUntil = end;
        }
        return passages;
    }

    private static String cut(String text, int start, int end, List<EnglishText.Token> marked) {
        StringBuilder passage = new StringBuilder();
        if (start > 0) {
            passage.append("… ");
        }
        int at = start;
        for (EnglishText.Token token : marked) {
            passage.append(text, at, token.start()).append(MATCH_START).append(text, token.start(), token.end())
                    .append(MATCH_END);
            at = token.end();
        }
        passage.append(text, at, end);
        if (end < text.length()) {
            passage.append(" …");
        }
        return passage.toString();
    }

    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int space = text.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }

    private static int wordEnd(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', at);
        return space <= 0 ? at : space;
    }
}
