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
    private static final Map<String, Contribution> CONTRIBUTIONS = new ConcurrentSkipListMap<>();

    /**
     * What a module last said of a part it runs, such as the search module's index.
     *
     * @param ready             false while the part cannot do its work
     * @param keepsPortalOut    whether the part not being ready should take the whole portal out of service
     * @param data              what an operator needs to see, such as entries waiting; values are strings,
     *                          numbers or booleans
     */
    public record Contribution(boolean ready, boolean keepsPortalOut, Map<String, Object> data) {
        public Contribution {
            data = Map.copyOf(data);
        }
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

    /** A module's part reports its state, replacing what it said before. */
    public static void contribute(String part, Contribution contribution) {
        CONTRIBUTIONS.put(part, contribution);
    }

    /** What each module's parts last said, by the part's name, in name order. */
    public static Map<String, Contribution> contributions() {
        return Map.copyOf(CONTRIBUTIONS);
    }

    /** Forgets everything when the web application is undeployed. */
    public static void clear() {
        MIGRATIONS.clear();
        MODULES.clear();
        CONTRIBUTIONS.clear();
    }
}
