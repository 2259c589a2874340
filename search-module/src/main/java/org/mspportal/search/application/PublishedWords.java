package org.mspportal.search.application;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.PracticeLearningVocabulary;
import org.mspportal.core.team.Team;
import org.mspportal.core.team.Teams;

/**
 * The words for the codes the index holds, asked of the publishing modules' vocabularies and the core's teams:
 * this module knows no other module's terms. A code no vocabulary words is shown as words made from the code.
 */
@ApplicationScoped
public class PublishedWords {

    @Inject
    @Any
    Instance<PracticeLearningVocabulary> vocabularies;

    @Inject
    Teams teams;

    /** What a kind of text is called, such as "Feedback". */
    public String kind(String code) {
        return first(v -> v.kind(code)).orElseGet(() -> humanise(code));
    }

    /** What an attribute's coded value is called. */
    public String label(Attribute attribute, String code) {
        if (code == null) {
            return "";
        }
        return switch (attribute) {
            case TEAM -> teamName(code);
            case PERIOD -> code;
            default -> first(v -> v.label(attribute, code)).orElseGet(() -> humanise(code));
        };
    }

    private Optional<String> first(Function<PracticeLearningVocabulary, Optional<String>> ask) {
        for (PracticeLearningVocabulary vocabulary : vocabularies) {
            Optional<String> words = ask.apply(vocabulary);
            if (words.isPresent()) {
                return words;
            }
        }
        return Optional.empty();
    }

    private String teamName(String id) {
        try {
            return teams.find(Long.valueOf(id)).map(Team::getName).orElse("Team " + id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** A code as words: {@code LISTENED_TO} reads "Listened to". */
    public static String humanise(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
