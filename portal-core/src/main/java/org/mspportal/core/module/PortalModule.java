package org.mspportal.core.module;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The contract a plugin module implements to join the portal.
 *
 * <p>Each module provides exactly one {@code @ApplicationScoped} CDI bean implementing this
 * interface. The shell discovers them at run time and knows none by name: what a module
 * contributes (navigation, home tiles, database migrations) reaches the portal only through here.
 * Modules never read each other's tables; they talk through this contract and CDI events.
 */
public interface PortalModule {

    /** Short, stable identifier: lower case letters and hyphens, e.g. {@code "survey"}. */
    String id();

    /** Name shown to people, in plain English. */
    String displayName();

    /** Position among modules in menus and on the home page; lower comes first. */
    default int order() {
        return 100;
    }

    /**
     * Classpath folder of this module's Flyway migrations, or {@code null} if it owns no tables.
     * Each module keeps its own migration history, so modules can be added or removed freely.
     */
    default String migrationLocation() {
        return "db/migration/" + id().replace('-', '_');
    }

    /**
     * Folders of this module's pages that never hold state on the server, such as pages for people who
     * answer without an account (e.g. {@code "/feedback/"}): no view state, and no HTTP session created.
     */
    default List<String> statelessViews() {
        return List.of();
    }

    /**
     * Migrations of this module written in Java (Flyway's {@code V<n>__<description>} classes), applied in
     * version order with the SQL ones. For what SQL cannot do portably, such as repairing stored text.
     */
    default List<JavaMigration> javaMigrations() {
        return List.of();
    }

    /** Links this module adds to the main navigation, each visible only to its roles. */
    List<NavigationEntry> navigation();

    /** Tiles this module adds to the home page, each visible only to its roles. */
    List<HomeTile> homeTiles();
}
