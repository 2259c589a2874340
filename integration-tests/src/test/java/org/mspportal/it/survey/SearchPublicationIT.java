package org.mspportal.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.survey.application.RespondentAccess;
import org.mspportal.survey.application.RespondentAnswers;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/**
 * Sending feedback hands its free-text answers to the search module through the platform's outbox, in
 * the same transaction: with coded facets only, never the case reference; and nothing before sending.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPublicationIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(SearchPublicationIT.class, SearchPublicationScene.class);
    }

    @Inject
    SearchPublicationScene scene;

    @Inject
    RespondentAccess access;

    @Inject
    RespondentAnswers answers;

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void sentFeedbackPublishesEachFreeTextAnswerWithCodedFacetsOnly() throws Exception {
        String reference = "IT-S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String token = UUID.randomUUID().toString().replace("-", "") + "link";
        String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
        scene.enquiryWithInvitation(reference, token);
        String session = access.openWithLink(token, "127.0.0.1").sessionToken();

        FeedbackJourney journey = FeedbackJourney.forOutcomes(List.of(1));
        for (FeedbackStep step : journey.steps()) {
            String choice = step.kind() == FeedbackStep.Kind.WHO ? "PERSON_WITH_HELP"
                    : step.choices().isEmpty() ? null : step.choices().get(0);
            String detail = step.key().equals("LISTENED_TO") ? "Nobody told me what was happening " + marker
                    : step.key().equals("done-better") ? "Ring me before you visit " + marker : null;
            assertEquals(java.util.Optional.empty(), answers.save(session, step.key(), choice, detail), step.key());
        }
        assertTrue(documents(marker).isEmpty(), "nothing is published before the answers are sent");
        assertEquals(RespondentAnswers.Sending.SENT, answers.submit(session));

        List<String> published = documents(marker);
        assertEquals(2, published.size(), published.toString());
        String listened = published.stream().filter(d -> d.contains("LISTENED_TO")).findFirst().orElseThrow();
        assertTrue(listened.contains("PUBLISH|Nobody told me what was happening " + marker + "|"), listened);
        assertTrue(listened.contains("ANSWER=YES") && listened.contains("WHO_ANSWERED=PERSON_WITH_HELP")
                && listened.contains("QUESTION=LISTENED_TO") && listened.contains("TEAM=1") && listened.contains("PERIOD="),
                listened);
        assertTrue(listened.contains("|feedback|enquiry-"), "a kind and an author naming no one: " + listened);
        assertFalse(String.join(" ", published).contains(reference), "the case reference never leaves the module");
    }

    private List<String> documents(String containing) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT document_id, operation, body, kind, author, facets FROM core_search_outbox WHERE source = 'survey'");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String row = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|"
                        + r.getString(5) + "|" + r.getString(6).replace('\n', ' ');
                if (row.contains(containing)) {
                    found.add(row);
                }
            }
        }
        return found;
    }
}
