package org.mspportal.survey.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mspportal.core.reporting.ReportingQuarter;
import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningPublisher;
import org.mspportal.core.search.PracticeLearningText;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;

/**
 * Hands a free-text answer to practice-learning search, inside the caller's transaction, with coded attributes
 * only: the question, the answer, who answered, the team, the reporting quarter and the types of risk. Never
 * the case reference or a name; whose words they are goes as the enquiry's id, of which the search module
 * keeps only a keyed hash, to count distinct people.
 */
@ApplicationScoped
public class FeedbackSearchPublication {

    static final String SOURCE = "survey";
    static final String FEEDBACK = "feedback";
    static final String ABOUT_AN_OUTCOME = "outcome";

    @Inject
    PracticeLearningPublisher publisher;

    void publish(FeedbackResponse response, String step, String choice, String detail, LocalDate day) {
        if (detail == null || detail.isBlank()) {
            return;
        }
        boolean aboutAnOutcome = step.startsWith("outcome-");
        PracticeLearningText text = PracticeLearningText.of(
                        new DocumentRef(SOURCE, "feedback-" + response.getId() + "-" + step),
                        aboutAnOutcome ? ABOUT_AN_OUTCOME : FEEDBACK, detail,
                        "enquiry-" + response.getEnquiry().getId(), day)
                .with(Attribute.QUESTION, aboutAnOutcome ? ABOUT_AN_OUTCOME : step)
                .with(Attribute.ANSWER, choice == null ? FeedbackSearchVocabulary.NO_ANSWER : choice)
                .with(Attribute.WHO_ANSWERED, response.getAnsweredBy().name())
                .with(Attribute.TEAM, String.valueOf(response.getEnquiry().getTeamId()))
                .with(Attribute.PERIOD, ReportingQuarter.of(day).toString())
                .with(Attribute.TYPE_OF_RISK, response.getEnquiry().getTypesOfRisk().stream().map(Enum::name).toList());
        publisher.publish(text);
    }
}
