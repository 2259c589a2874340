package org.mspportal.core.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.mspportal.core.module.ModuleRegistry;
import org.mspportal.core.module.PortalModule;
import org.mspportal.health.ReadinessBoard;

/**
 * Brings the schema up to date at deployment with Flyway: the core's migrations first, then each
 * installed module's, each with its own history table. Hibernate never generates the schema.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Inject
    ModuleRegistry modules;

    public List<MigrationSet> migrationSets() {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(new MigrationSet("core", "db/migration/core", DatabaseMigrations.class.getClassLoader(), List.of()));
        for (PortalModule module : modules.installed()) {
            if (module.migrationLocation() != null) {
                sets.add(new MigrationSet(module.id(), module.migrationLocation(), module.getClass().getClassLoader(),
                        module.javaMigrations()));
            }
        }
        return sets;
    }

    /**
     * Applies pending migrations of every set, in order. Flyway manages its own transactions,
     * so this must run outside any JTA transaction.
     *
     * @return true if every set is up to date
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean migrateAll() {
        boolean allGood = true;
        for (MigrationSet set : migrationSets()) {
            try {
                Flyway flyway = flywayFor(set);
                MigrateResult result = flyway.migrate();
                MigrationInfoService info = flyway.info();
                MigrationInfo current = info.current();
                publish(new MigrationStatus(set.owner(),
                        current == null ? null : current.getVersion().getVersion(), info.pending().length, null));
                if (result.migrationsExecuted > 0) {
                    LOG.info(() -> "Database migrations of " + set.owner() + ": applied " + result.migrationsExecuted
                            + ", now at version " + result.targetSchemaVersion);
                }
            } catch (RuntimeException e) {
                allGood = false;
                publish(new MigrationStatus(set.owner(), null, -1, describe(e)));
                LOG.severe(() -> "Database migrations of " + set.owner() + " failed: " + describe(e));
            }
        }
        return allGood;
    }

    private void publish(MigrationStatus status) {
        ReadinessBoard.migrations(status.owner(),
                status.problem() != null ? "failed: " + status.problem()
                        : "version " + (status.version() == null ? "none" : status.version()),
                status.isUpToDate());
    }

    private Flyway flywayFor(MigrationSet set) {
        return Flyway.configure(set.classLoader())
                .dataSource(dataSource)
                .locations("classpath:" + set.location())
                .javaMigrations(set.javaMigrations().toArray(JavaMigration[]::new))
                .table(set.historyTable())
                // Other owners' tables share the schema: start each history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
