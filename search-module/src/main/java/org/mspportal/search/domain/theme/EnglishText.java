package org.mspportal.search.domain.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words as the index sees them: lower case, English stop words dropped, each reduced to its stem
 * (Porter), so that a rule and a text meet however each is inflected.
 */
public final class EnglishText {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private EnglishText() {
    }

    /** A word of a text: its stem and where the word stands in the text. */
    public record Token(String stem, int start, int end) {
    }

    public static List<String> stems(String text) {
        return tokens(text).stream().map(Token::stem).toList();
    }

    public static List<Token> tokens(String text) {
        List<Token> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        try (TokenStream tokens = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                found.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
