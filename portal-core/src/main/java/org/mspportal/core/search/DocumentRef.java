package org.mspportal.core.search;

import java.util.Objects;

/**
 * Which text: the publishing module and an id stable within it, so that a later publication replaces the
 * text and a withdrawal removes it.
 *
 * @param source the publishing module's id, such as {@code survey}
 * @param id     the text's id within its module
 */
public record DocumentRef(String source, String id) {

    public static final int MAX_SOURCE = 40;
    public static final int MAX_ID = 100;

    public DocumentRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        if (source.isBlank() || source.length() > MAX_SOURCE || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("A document reference needs a source of 1 to " + MAX_SOURCE
                    + " characters and an id of 1 to " + MAX_ID);
        }
    }
}
