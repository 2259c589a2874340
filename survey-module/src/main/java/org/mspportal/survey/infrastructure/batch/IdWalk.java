package org.mspportal.survey.infrastructure.batch;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Moves along a page's rows, in id order, to the row of each id asked for in rising order: how a reader
 * matches child rows (read in the same order) to their parents without a map. The ids are walked in an
 * array of their own: a page's rows are spread over several megabytes of heap, and reaching into each row
 * for its id cost a cache miss per child row.
 */
final class IdWalk<R> {

    private final List<R> rows;
    private final long[] ids;
    private int at;

    /** {@code ids[i]} is the id of {@code rows.get(i)}, rising. */
    IdWalk(List<R> rows, long[] ids) {
        this.rows = rows;
        this.ids = ids;
    }

    /** The ids of a page's rows, in their order: what walks along the page go by. */
    static <R> long[] idsOf(List<R> rows, ToLongFunction<R> idOf) {
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idOf.applyAsLong(rows.get(i));
        }
        return ids;
    }

    /** The row with this id, or null if the page has none (a child of a parent outside the period or scope). */
    R to(long id) {
        int size = rows.size();
        while (at < size && ids[at] < id) {
            at++;
        }
        return at < size && ids[at] == id ? rows.get(at) : null;
    }
}
