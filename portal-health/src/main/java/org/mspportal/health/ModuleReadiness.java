package org.mspportal.health;

import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * What each module contributes to readiness, as the parts it runs last reported to the
 * {@link ReadinessBoard}: their data under the part's name ({@code search-index.waiting}), and DOWN only when a
 * part that keeps the portal out is not ready. This check knows no module: a module that is not installed
 * contributes nothing.
 */
@Readiness
@ApplicationScoped
public class ModuleReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("modules").up();
        new TreeMap<>(ReadinessBoard.contributions()).forEach((part, contribution) -> {
            if (!contribution.ready() && contribution.keepsPortalOut()) {
                builder.down();
            }
            builder.withData(part + ".ready", contribution.ready());
            contribution.data().forEach((key, value) -> put(builder, part + "." + key, value));
        });
        return builder.build();
    }

    private static void put(HealthCheckResponseBuilder builder, String key, Object value) {
        if (value instanceof Boolean b) {
            builder.withData(key, b);
        } else if (value instanceof Number n) {
            builder.withData(key, n.longValue());
        } else {
            builder.withData(key, String.valueOf(value));
        }
    }
}
