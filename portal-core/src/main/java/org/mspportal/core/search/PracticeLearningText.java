package org.mspportal.core.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One piece of text for practice-learning search, as its module publishes it (version {@value #VERSION} of
 * the contract): still unredacted, since the search module redacts before anything is indexed, with coded
 * attributes and never a name or a case reference among them.
 *
 * @param document   which text
 * @param kind       what kind of text it is, a code of the publishing module (labelled by its vocabulary)
 * @param text       the words as the person wrote them
 * @param author     whose words, as a reference stable within the module and naming no one ("enquiry-12"): the
 *                   search module keeps only a keyed hash of it, to count distinct people; empty when the words
 *                   are no one person's (a session's notes)
 * @param writtenOn  when the words were written
 * @param attributes coded values, some attributes with several
 */
public record PracticeLearningText(DocumentRef document, String kind, String text, String author, LocalDate writtenOn,
                                   Map<Attribute, Set<String>> attributes) {

    /** The contract's version: stored with each outbox entry, so that entries queued by an older portal still read. */
    public static final int VERSION = 2;

    public PracticeLearningText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        EnumMap<Attribute, Set<String>> copy = new EnumMap<>(Attribute.class);
        attributes.forEach((attribute, values) -> {
            Set<String> kept = new TreeSet<>();
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(kept::add);
            if (!kept.isEmpty()) {
                copy.put(attribute, Set.copyOf(kept));
            }
        });
        attributes = Map.copyOf(copy);
    }

    /** A text with no attributes yet: add them with {@link #with}. */
    public static PracticeLearningText of(DocumentRef document, String kind, String text, String author,
                                          LocalDate writtenOn) {
        return new PracticeLearningText(document, kind, text, author, writtenOn, Map.of());
    }

    /** This text with an attribute's values (none, or only blanks, leaves the attribute out). */
    public PracticeLearningText with(Attribute attribute, Collection<String> values) {
        Map<Attribute, Set<String>> more = new EnumMap<>(Attribute.class);
        more.putAll(attributes);
        more.put(attribute, Set.copyOf(values.stream().filter(Objects::nonNull).toList()));
        return new PracticeLearningText(document, kind, text, author, writtenOn, more);
    }

    public PracticeLearningText with(Attribute attribute, String value) {
        return value == null ? this : with(attribute, List.of(value));
    }

    /** The attribute's one value, or null: the first in order if it has several. */
    public String value(Attribute attribute) {
        Set<String> values = attributes.get(attribute);
        return values == null ? null : new TreeSet<>(values).first();
    }

    /** The attribute's values, none if it was not given. */
    public Set<String> values(Attribute attribute) {
        return attributes.getOrDefault(attribute, Set.of());
    }
}
