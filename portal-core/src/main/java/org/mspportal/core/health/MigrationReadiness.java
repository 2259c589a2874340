package org.mspportal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mspportal.core.migration.DatabaseMigrations;
import org.mspportal.core.migration.MigrationStatus;

/** Ready only when every migration set (core and each module) is applied. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database-migrations").up();
        for (MigrationStatus status : migrations.statuses()) {
            if (!status.isUpToDate()) {
                builder.down();
            }
            builder.withData(status.owner(), status.problem() != null ? "failed: " + status.problem()
                    : "version " + (status.version() == null ? "none" : status.version()));
        }
        return builder.build();
    }
}
