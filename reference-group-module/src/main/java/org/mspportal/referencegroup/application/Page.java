package org.mspportal.referencegroup.application;

import java.util.List;

/** One page of a longer list. Pages are numbered from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public static final int SIZE = 20;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    static int first(int number) {
        return (Math.max(1, number) - 1) * SIZE;
    }
}
