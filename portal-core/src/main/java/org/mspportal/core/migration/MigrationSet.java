package org.mspportal.core.migration;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One owner's migrations: the core's or a module's. Each keeps its own history table, so a module
 * can be added to or removed from a portal without touching the others' migrations.
 *
 * @param owner       {@code "core"} or a module id
 * @param location    classpath folder of the SQL migrations
 * @param classLoader loader that sees the owner's jar
 * @param javaMigrations migrations written in Java, for what SQL cannot do alone (repairing text)
 */
public record MigrationSet(String owner, String location, ClassLoader classLoader, List<JavaMigration> javaMigrations) {

    public MigrationSet {
        javaMigrations = List.copyOf(javaMigrations);
    }

    public String historyTable() {
        return "flyway_history_" + owner.replaceAll("[^a-z0-9]", "_");
    }
}
