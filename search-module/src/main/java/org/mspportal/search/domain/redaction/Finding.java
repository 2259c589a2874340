package org.mspportal.search.domain.redaction;

/** An identifier found in a text: its type and where it is ({@code start} inclusive, {@code end} exclusive). */
public record Finding(IdentifierType type, int start, int end) {

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    int length() {
        return end - start;
    }
}
