package org.mspportal.survey.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mspportal.core.text.DoubleEncoding;

/**
 * Restores respondents' words that were stored double-encoded ({@code itâ\u0080\u0099s} for {@code it’s}):
 * only where {@link DoubleEncoding} is certain, each repair recorded in {@code survey_text_repair} (ids, not
 * words) so that the search module is sent the repaired words, and a count in the log. The class name is
 * Flyway's convention for a Java migration: version 9 of the survey module.
 */
public class V9__Repair_double_encoded_replies extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V9__Repair_double_encoded_replies.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        int replies = 0;
        Set<Long> responses = new HashSet<>();
        try (PreparedStatement read = connection.prepareStatement(
                     "SELECT id, response_id, detail FROM survey_feedback_reply WHERE detail IS NOT NULL ORDER BY id");
             PreparedStatement repair = connection.prepareStatement(
                     "UPDATE survey_feedback_reply SET detail = ? WHERE id = ?");
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO survey_text_repair (reply_id, response_id, repaired_at) VALUES (?, ?, ?)")) {
            read.setFetchSize(1000);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Optional<String> words = DoubleEncoding.repaired(rows.getString(3));
                    if (words.isEmpty()) {
                        continue;
                    }
                    long replyId = rows.getLong(1);
                    long responseId = rows.getLong(2);
                    repair.setString(1, words.get());
                    repair.setLong(2, replyId);
                    repair.executeUpdate();
                    record.setLong(1, replyId);
                    record.setLong(2, responseId);
                    record.setTimestamp(3, now);
                    record.executeUpdate();
                    replies++;
                    responses.add(responseId);
                }
            }
        }
        int repairedReplies = replies;
        LOG.info(() -> "Survey migration 9: repaired the words of " + repairedReplies + " feedback replies in "
                + responses.size() + " responses that had been stored double-encoded (listed by id in survey_text_repair)");
    }
}
