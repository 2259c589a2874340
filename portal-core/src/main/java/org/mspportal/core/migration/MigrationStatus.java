package org.mspportal.core.migration;

/**
 * Where one owner's migrations stand.
 *
 * @param owner   {@code "core"} or a module id
 * @param version the latest applied version, or {@code null} if none yet
 * @param pending migrations not yet applied
 * @param problem why migrating failed, in words fit for a log (never personal data), or {@code null}
 */
public record MigrationStatus(String owner, String version, int pending, String problem) {

    public boolean isUpToDate() {
        return problem == null && pending == 0;
    }
}
