package org.mspportal.core.search.outbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;

/**
 * Attributes as lines of {@code ATTRIBUTE=value} (an attribute with several values has several lines), each
 * part URL-encoded: readable in the database, no JSON library needed.
 */
final class OutboxCodec {

    private OutboxCodec() {
    }

    static String encode(Map<Attribute, Set<String>> attributes) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(attributes).forEach((attribute, values) -> values.stream().sorted().forEach(value -> {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(attribute.name()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return lines.toString();
    }

    static Map<Attribute, Set<String>> decode(String encoded) {
        Map<Attribute, Set<String>> attributes = new EnumMap<>(Attribute.class);
        for (Map.Entry<String, String> line : lines(encoded)) {
            attributes.computeIfAbsent(Attribute.valueOf(line.getKey()), a -> new HashSet<>())
                    .add(line.getValue());
        }
        return attributes;
    }

    /**
     * An entry queued by a portal before version 2 of the contract, when each module sent its own keys in one
     * map. Read so that an upgrade loses nothing still waiting; version 1's one rule for the kind of a text
     * (the survey's outcome answers) is kept with it.
     */
    static PracticeLearningText fromVersion1(DocumentRef document, String body, String encoded, LocalDate writtenOn) {
        Map<String, String> old = new TreeMap<>();
        lines(encoded).forEach(line -> old.put(URLDecoder.decode(line.getKey(), StandardCharsets.UTF_8), line.getValue()));
        String kind = "survey".equals(document.source())
                ? ("outcome".equals(old.get("question")) ? "outcome" : "feedback")
                : old.getOrDefault("source", document.source());
        PracticeLearningText text = PracticeLearningText.of(document, kind, body == null ? "" : body,
                        old.getOrDefault("person", ""), writtenOn)
                .with(Attribute.QUESTION, old.get("question"))
                .with(Attribute.ANSWER, old.get("answer"))
                .with(Attribute.WHO_ANSWERED, old.get("answeredBy"))
                .with(Attribute.TEAM, old.get("team"))
                .with(Attribute.PERIOD, old.get("quarter"))
                .with(Attribute.TOPIC, old.get("topic"))
                .with(Attribute.STATUS, old.get("status"));
        String risks = old.get("typesOfRisk");
        return risks == null || risks.isBlank() ? text : text.with(Attribute.TYPE_OF_RISK, List.of(risks.split(",")));
    }

    private static List<Map.Entry<String, String>> lines(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(encoded.split("\n")).map(line -> {
            int eq = line.indexOf('=');
            return Map.entry(line.substring(0, eq), URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
        }).toList();
    }
}
