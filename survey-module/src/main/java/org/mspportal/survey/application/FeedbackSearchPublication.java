package org.mspportal.survey.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mspportal.core.reporting.ReportingQuarter;
import org.mspportal.core.search.SearchDocument;
import org.mspportal.core.search.SearchOutbox;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;

/**
 * Hands a free-text answer to the search module through the platform's outbox, inside the caller's
 * transaction, with coded facets only: the question, the answer, who answered, the team, the reporting
 * quarter and the types of risk. Never the case reference or a name; whose words they are goes as the
 * enquiry's id, of which the search module keeps only a keyed hash, to count distinct people.
 */
@ApplicationScoped
public class FeedbackSearchPublication {

    static final String SOURCE = "survey";

    @Inject
    SearchOutbox searchOutbox;

    void publish(FeedbackResponse response, String step, String choice, String detail, LocalDate day) {
        if (detail == null || detail.isBlank()) {
            return;
        }
        Map<String, String> facets = new HashMap<>();
        facets.put("kind", "feedback");
        facets.put("question", step.startsWith("outcome-") ? "outcome" : step);
        facets.put("answer", choice == null ? "none" : choice);
        facets.put("answeredBy", response.getAnsweredBy().name());
        facets.put("team", String.valueOf(response.getEnquiry().getTeamId()));
        facets.put("quarter", ReportingQuarter.of(day).toString());
        facets.put("typesOfRisk", response.getEnquiry().getTypesOfRisk().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        facets.put("person", "enquiry-" + response.getEnquiry().getId());
        searchOutbox.publish(new SearchDocument(SOURCE, "feedback-" + response.getId() + "-" + step, detail, facets, day));
    }
}
