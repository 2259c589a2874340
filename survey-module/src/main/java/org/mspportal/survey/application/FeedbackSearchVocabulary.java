package org.mspportal.survey.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.PracticeLearningVocabulary;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;

/** The survey's words for what it publishes to practice-learning search: the staff wording of its questions and answers. */
@ApplicationScoped
public class FeedbackSearchVocabulary implements PracticeLearningVocabulary {

    /** The answer of a reason given without choosing Yes, No or Partly. */
    static final String NO_ANSWER = "none";

    private static final ResourceBundle STAFF_WORDS = ResourceBundle.getBundle("org.mspportal.survey.messages",
            Locale.ENGLISH, FeedbackSearchVocabulary.class.getClassLoader());

    @Override
    public Optional<String> kind(String code) {
        return switch (code) {
            case FeedbackSearchPublication.FEEDBACK -> Optional.of("Feedback");
            case FeedbackSearchPublication.ABOUT_AN_OUTCOME -> Optional.of("About an outcome");
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> label(Attribute attribute, String code) {
        return switch (attribute) {
            case QUESTION -> STAFF_WORDS.containsKey("questionnaire.key." + code)
                    ? Optional.of(STAFF_WORDS.getString("questionnaire.key." + code)) : Optional.empty();
            case ANSWER -> NO_ANSWER.equals(code) ? Optional.of("No answer chosen")
                    : Optional.ofNullable(MspLabels.ANSWERS.get(code)).or(() -> Arrays.stream(FeelingSafe.values())
                            .filter(f -> f.name().equals(code)).findFirst().map(FeelingSafe::label));
            case WHO_ANSWERED -> Optional.ofNullable(MspLabels.WHO.get(code));
            case TYPE_OF_RISK -> Arrays.stream(TypeOfRisk.values()).filter(t -> t.name().equals(code)).findFirst()
                    .map(TypeOfRisk::label);
            default -> Optional.empty();
        };
    }
}
