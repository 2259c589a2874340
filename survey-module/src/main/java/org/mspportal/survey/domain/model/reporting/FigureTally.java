package org.mspportal.survey.domain.model.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts figures as the counting rules hand them over: one count per cell, kept in a mutable slot so that
 * adding one is a single hash lookup and no boxing. Not thread-safe: one per page of facts.
 */
public final class FigureTally implements Consumer<FigureKey> {

    private final Map<FigureKey, long[]> counts = new HashMap<>(1024);

    @Override
    public void accept(FigureKey figure) {
        counts.computeIfAbsent(figure, key -> new long[1])[0]++;
    }

    /** Each cell counted so far with its count. */
    public Map<FigureKey, Long> counts() {
        Map<FigureKey, Long> copy = new HashMap<>(counts.size() * 2);
        counts.forEach((key, count) -> copy.put(key, count[0]));
        return copy;
    }

    public long count(FigureKey figure) {
        long[] count = counts.get(figure);
        return count == null ? 0 : count[0];
    }
}
