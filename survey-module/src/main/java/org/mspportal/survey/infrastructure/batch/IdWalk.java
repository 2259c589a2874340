package org.mspportal.survey.infrastructure.batch;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Moves along a page's rows, in id order, to the row of each id asked for in rising order: how a reader
 * matches child rows (read in the same order) to their parents without a map.
 */
final class IdWalk<R> {

    private final List<R> rows;
    private final ToLongFunction<R> idOf;
    private int at;

    IdWalk(List<R> rows, ToLongFunction<R> idOf) {
        this.rows = rows;
        this.idOf = idOf;
    }

    /** The row with this id, or null if the page has none (a child of a parent outside the period or scope). */
    R to(long id) {
        while (at < rows.size() && idOf.applyAsLong(rows.get(at)) < id) {
            at++;
        }
        return at < rows.size() && idOf.applyAsLong(rows.get(at)) == id ? rows.get(at) : null;
    }
}
