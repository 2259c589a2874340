package org.mspportal.search.domain.query;

/**
 * No search may single anyone out: where what a lead has filtered comes from fewer than this many distinct
 * people, the words are withheld, and a count below it reads "fewer than N". Words of no one in particular
 * (a session's notes) do not count as people, and alone are not withheld.
 */
public record MinimumGroupSize(int people) {

    public static final int DEFAULT = 5;

    public MinimumGroupSize {
        if (people < 2) {
            throw new IllegalArgumentException("A minimum group of fewer than 2 people protects no one: " + people);
        }
    }

    public boolean withholds(long distinctPeople) {
        return distinctPeople > 0 && distinctPeople < people;
    }

    /** A count as the page shows it. */
    public String shown(long count) {
        return count < people ? "fewer than " + people : String.valueOf(count);
    }
}
