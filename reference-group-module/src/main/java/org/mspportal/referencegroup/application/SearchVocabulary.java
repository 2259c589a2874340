package org.mspportal.referencegroup.application;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.PracticeLearningVocabulary;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;

/** The reference group's words for what it publishes to practice-learning search. */
@ApplicationScoped
public class SearchVocabulary implements PracticeLearningVocabulary {

    @Override
    public Optional<String> kind(String code) {
        return switch (code) {
            case SearchPublication.SUGGESTION -> Optional.of("Suggestion");
            case SearchPublication.COMMENT -> Optional.of("Comment on a suggestion");
            case SearchPublication.SESSION_NOTES -> Optional.of("Session notes");
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> label(Attribute attribute, String code) {
        if (attribute == Attribute.STATUS) {
            return Arrays.stream(SuggestionStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                    .map(SuggestionStatus::label);
        }
        return Optional.empty();
    }
}
