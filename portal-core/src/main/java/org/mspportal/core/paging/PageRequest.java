package org.mspportal.core.paging;

/**
 * Which page of a longer list a person asked for, numbered from 1. Any number an address can carry is taken:
 * below 1 reads as the first page, and the offset never overflows, so a page far past the end is simply empty.
 *
 * @param number the page, from 1
 * @param size   entries per page
 */
public record PageRequest(int number, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one entry");
        }
        number = Math.max(1, number);
    }

    public static PageRequest of(Integer number, int size) {
        return new PageRequest(number == null ? 1 : number, size);
    }

    /** Entries before this page, capped where a query's first result can go. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * size);
    }
}
