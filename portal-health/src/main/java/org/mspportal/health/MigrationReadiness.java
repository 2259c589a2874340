package org.mspportal.health;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when every migration set (core and each module) has been applied. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Map<String, ReadinessBoard.Entry> migrations = ReadinessBoard.migrations();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database-migrations")
                .status(!migrations.isEmpty());
        if (migrations.isEmpty()) {
            builder.withData("state", "not run yet");
        }
        migrations.forEach((owner, entry) -> {
            if (!entry.upToDate()) {
                builder.down();
            }
            builder.withData(owner, entry.description());
        });
        return builder.build();
    }
}
