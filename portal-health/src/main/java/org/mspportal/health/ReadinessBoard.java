package org.mspportal.health;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the web application posts its state for the health checks. It is the one static, shared piece
 * of the portal: it lives in the EAR's lib/ folder, visible to both the web application (which writes)
 * and the health checks (which read), since WildFly only discovers health checks at the EAR's top level.
 */
public final class ReadinessBoard {

    /**
     * One owner's migration state.
     *
     * @param description for example "version 3" or "failed: SQLException: ..."
     * @param upToDate    true when nothing is pending and nothing failed
     */
    public record Entry(String description, boolean upToDate) {
    }

    private static final Map<String, Entry> MIGRATIONS = new ConcurrentSkipListMap<>();
    private static final List<String> MODULES = new CopyOnWriteArrayList<>();
    private static volatile SearchIndexState searchIndex;

    /**
     * What the search module last said of its index.
     *
     * @param state     for example "applying the outbox" or "failing: IOException"
     * @param documents entries in the index after the last round
     * @param failing   true while rounds fail
     */
    public record SearchIndexState(String state, long documents, boolean failing) {
    }

    private ReadinessBoard() {
    }

    public static void migrations(String owner, String description, boolean upToDate) {
        MIGRATIONS.put(owner, new Entry(description, upToDate));
    }

    public static Map<String, Entry> migrations() {
        return Map.copyOf(MIGRATIONS);
    }

    public static void modulesInstalled(List<String> moduleIds) {
        MODULES.clear();
        MODULES.addAll(moduleIds);
    }

    public static List<String> modules() {
        return List.copyOf(MODULES);
    }

    public static void searchIndex(SearchIndexState state) {
        searchIndex = state;
    }

    /** @return the search index's last state, or null if the search module has not reported (or is not installed) */
    public static SearchIndexState searchIndex() {
        return searchIndex;
    }

    /** Forgets everything when the web application is undeployed. */
    public static void clear() {
        MIGRATIONS.clear();
        MODULES.clear();
        searchIndex = null;
    }
}
