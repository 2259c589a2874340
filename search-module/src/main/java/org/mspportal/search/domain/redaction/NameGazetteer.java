package org.mspportal.search.domain.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Forenames and surnames shipped with the module, plus the names the portal itself holds (staff,
 * members, advocates). A name that is also an everyday word ("May", "Will", "Green") is marked as such:
 * it counts as a name only with support from around it.
 */
public final class NameGazetteer {

    private final Set<String> forenames = new HashSet<>();
    private final Set<String> ambiguousForenames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> ambiguousSurnames = new HashSet<>();

    private NameGazetteer() {
    }

    /** The lists shipped with the module. */
    public static NameGazetteer shipped() {
        NameGazetteer gazetteer = new NameGazetteer();
        gazetteer.load("forenames.txt", gazetteer.forenames, gazetteer.ambiguousForenames);
        gazetteer.load("surnames.txt", gazetteer.surnames, gazetteer.ambiguousSurnames);
        return gazetteer;
    }

    /** Adds names the portal holds, such as "Priya Okafor": each part counts as a name wherever it appears. */
    public NameGazetteer withKnownNames(Iterable<String> fullNames) {
        for (String fullName : fullNames) {
            String[] parts = fullName.trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].length() > 1) {
                    (i == 0 ? forenames : surnames).add(key(parts[i]));
                }
            }
        }
        return this;
    }

    boolean isForename(String word) {
        return forenames.contains(key(word));
    }

    boolean isSurname(String word) {
        return surnames.contains(key(word));
    }

    /** A listed name that is also an everyday word. */
    boolean isAmbiguous(String word) {
        return ambiguousForenames.contains(key(word)) || ambiguousSurnames.contains(key(word));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.UK);
    }

    private void load(String resource, Set<String> names, Set<String> ambiguous) {
        try (InputStream in = NameGazetteer.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean everydayWord = line.endsWith("*");
                String name = key(everydayWord ? line.substring(0, line.length() - 1).strip() : line);
                names.add(name);
                if (everydayWord) {
                    ambiguous.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
