package org.mspportal.core.startup;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.demo.DemoData;
import org.mspportal.core.migration.DatabaseMigrations;
import org.mspportal.core.module.ModuleRegistry;
import org.mspportal.core.security.FirstAdministrator;
import org.mspportal.health.ReadinessBoard;

/**
 * Prepares the portal at deployment: migrations, the first administrator, demo data. If the database
 * cannot be reached, the deployment stays up (pages say the service is unavailable, readiness is DOWN)
 * and preparation is retried every 30 seconds until it succeeds.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    static final long RETRY_MILLIS = 30_000;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    DemoData demoData;

    @Inject
    ModuleRegistry modules;

    @Inject
    PortalSettings settings;

    @Resource
    TimerService timers;

    @Inject
    Event<PortalPrepared> prepared;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        var ids = modules.installed().stream().map(m -> m.id()).toList();
        ReadinessBoard.modulesInstalled(ids);
        LOG.info(() -> "MSP Portal modules installed: " + String.join(", ", ids));
        prepare();
    }

    @PreDestroy
    void stop() {
        ReadinessBoard.clear();
    }

    @Timeout
    void retry() {
        prepare();
    }

    private void prepare() {
        try {
            if (!migrations.migrateAll()) {
                scheduleRetry("database migrations did not complete");
                return;
            }
            prepared.fire(new PortalPrepared());
            demoData.installIfDemo();
            firstAdministrator.ensure();
            ready = true;
            LOG.info(() -> "MSP Portal is ready at " + settings.publicUrl());
        } catch (RuntimeException e) {
            scheduleRetry(e.getClass().getSimpleName());
        }
    }

    private void scheduleRetry(String reason) {
        LOG.severe(() -> "MSP Portal is not ready (" + reason + "); trying again in " + RETRY_MILLIS / 1000 + " seconds.");
        timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
    }

    public boolean isPrepared() {
        return ready;
    }
}
