package org.mspportal.core.paging;

import java.util.List;

/**
 * One page of a longer list, as every list of the portal shows it: numbered from 1, with how many there are in all.
 *
 * @param items  the entries on this page
 * @param number this page's number
 * @param size   entries per page
 * @param total  entries in the whole list
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.number(), request.size(), total);
    }

    /** How many pages the list has: one, even when it is empty. */
    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The position of the first entry shown, from 1; 0 when none is. */
    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    /** The position of the last entry shown; 0 when none is. */
    public long lastShown() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + items.size();
    }
}
