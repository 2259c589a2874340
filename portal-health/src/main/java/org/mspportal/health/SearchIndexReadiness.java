package org.mspportal.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the search index and how far it lags behind the outbox: entries waiting, the age of the
 * oldest, and entries set aside because they could not be applied. It stays UP while the index lags or fails: search is for practice learning, and taking the
 * portal out of service would also stop the people answering their feedback. The data says what is wrong.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("search-index").up();
        ReadinessBoard.SearchIndexState index = ReadinessBoard.searchIndex();
        if (index == null) {
            return builder.withData("state", "not reported (search module not installed or not started)").build();
        }
        builder.withData("state", index.state()).withData("documents", index.documents()).withData("failing", index.failing());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MIN(queued_at), (SELECT COUNT(*) FROM "
                     + "core_search_outbox WHERE set_aside_at IS NOT NULL) FROM core_search_outbox WHERE set_aside_at IS NULL");
             ResultSet r = s.executeQuery()) {
            r.next();
            builder.withData("waiting", r.getLong(1));
            builder.withData("setAside", r.getLong(3));
            Timestamp oldest = r.getTimestamp(2);
            builder.withData("oldestWaitingSeconds",
                    oldest == null ? 0 : Duration.between(oldest.toInstant(), Instant.now()).toSeconds());
        } catch (SQLException e) {
            builder.withData("waiting", "the outbox cannot be read");
        }
        return builder.build();
    }
}
