package org.mspportal.it.survey;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.startup.PortalPrepared;
import org.mspportal.it.support.ForeignText;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.survey.application.RespondentAnswers;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;
import org.mspportal.survey.infrastructure.persistence.migration.V9__Repair_double_encoded_replies;

/**
 * Words a respondent sent before the encoding was mended were stored double-encoded. The survey's
 * migration 9 restores them where it is certain, leaves correctly stored words alone, records what it
 * changed, and the search module gets the repaired words in place of the garbled ones.
 */
@ExtendWith(ArquillianExtension.class)
class GarbledWordsRepairIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(GarbledWordsRepairIT.class, SearchPublicationScene.class,
                ForeignText.class);
    }

    @Inject
    SearchPublicationScene scene;

    @Inject
    RespondentAnswers answers;

    @Inject
    Event<PortalPrepared> prepared;

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void garbledRepliesAreRestoredRecordedAndSentToTheSearchIndexAgainWhileCorrectWordsStayUntouched() throws Exception {
        String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
        String typed = "roedd hi’n garedig iawn ŵŷ, it’s “café” zażółć 😀 " + marker;
        String correctlyStored = "Ã on its own, café and £5 " + marker;
        // Sent as the fault stored it: the UTF-8 bytes read as ISO-8859-1, and so published to search.
        respondentWhoSent(ForeignText.garbled(typed), correctlyStored);
        assertEquals(List.of(ForeignText.garbled(typed)), details(marker, "LISTENED_TO"));
        await("the garbled words in the search index").atMost(Duration.ofSeconds(30)).until(() -> indexedText(marker),
                texts -> texts.stream().anyMatch(t -> t.contains(ForeignText.garbled("garedig iawn ŵŷ"))));

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            new V9__Repair_double_encoded_replies().migrate(context(c));
            c.commit();
        }
        assertEquals(List.of(typed), details(marker, "LISTENED_TO"), "the words as typed are back");
        assertEquals(List.of(correctlyStored), details(marker, "done-better"), "correct words are untouched");
        assertEquals(1, count("SELECT COUNT(*) FROM survey_text_repair r JOIN survey_feedback_reply p ON p.id = r.reply_id "
                + "WHERE p.detail LIKE '%" + marker + "' AND r.republished_at IS NULL"), "the repair is recorded");

        prepared.fire(new PortalPrepared());
        assertEquals(0, count("SELECT COUNT(*) FROM survey_text_repair WHERE republished_at IS NULL"));
        Optional<String> indexed = await("the repaired words in the search index").atMost(Duration.ofSeconds(30))
                .until(() -> indexedText(marker).stream().filter(t -> t.contains("garedig")).findFirst(),
                        found -> found.isPresent() && found.get().contains("ŵŷ"));
        assertTrue(indexed.isPresent() && indexed.get().contains("it’s “café” zażółć 😀"),
                "the search module holds the repaired words: " + indexed);
        assertTrue(indexedText(marker).stream().noneMatch(t -> t.contains(ForeignText.garbled("’"))),
                "and no garbled copy");
    }

    private void respondentWhoSent(String listened, String doneBetter) {
        String session = scene.respondent("IT-R-").session();
        for (FeedbackStep step : FeedbackJourney.forOutcomes(List.of(1)).steps()) {
            String choice = step.kind() == FeedbackStep.Kind.WHO ? "PERSON"
                    : step.choices().isEmpty() ? null : step.choices().get(0);
            String detail = step.key().equals("LISTENED_TO") ? listened
                    : step.key().equals("done-better") ? doneBetter : null;
            assertEquals(Optional.empty(), answers.save(session, step.key(), choice, detail), step.key());
        }
        assertEquals(RespondentAnswers.Sending.SENT, answers.submit(session));
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private List<String> details(String marker, String step) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT detail FROM survey_feedback_reply WHERE detail LIKE ? AND step_key = ?")) {
            s.setString(1, "%" + marker);
            s.setString(2, step);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> indexedText(String marker) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT redacted_text FROM search_entry WHERE redacted_text LIKE ?")) {
            s.setString(1, "%" + marker + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }
}
