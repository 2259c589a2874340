package org.mspportal.search.infrastructure;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's analysis of words: the same steps as the theme rules' {@code EnglishText} (Lucene's English
 * analyzer: possessives, lower case, English stop words, Porter stems), so a search for "listening" finds
 * "listened" and a theme's rule and a search agree on what a word is. Facets are kept as coded values.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
