package org.mspportal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.mspportal.core.module.ModuleRegistry;

/** Live while the application is deployed; lists the installed modules. */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    @Inject
    ModuleRegistry modules;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal").up()
                .withData("modules", String.join(",", modules.installed().stream().map(m -> m.id()).toList()))
                .build();
    }
}
