package org.mspportal.core.module;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mspportal.core.security.PortalRole;

/** The modules installed in this deployment, discovered through CDI at start-up. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<PortalModule> discovered;

    private List<PortalModule> modules;

    @PostConstruct
    void discover() {
        modules = discovered.stream()
                .sorted(Comparator.comparingInt(PortalModule::order).thenComparing(PortalModule::id))
                .toList();
    }

    public List<PortalModule> installed() {
        return modules;
    }

    /** Whether a page belongs to a folder that a module keeps free of server state. */
    public boolean isStatelessView(String viewId) {
        return modules.stream().flatMap(m -> m.statelessViews().stream()).anyMatch(viewId::startsWith);
    }

    public List<NavigationEntry> navigationFor(Predicate<PortalRole> holdsRole) {
        return collect(PortalModule::navigation, holdsRole);
    }

    public List<HomeTile> homeTilesFor(Predicate<PortalRole> holdsRole) {
        return collect(PortalModule::homeTiles, holdsRole);
    }

    private <T extends RoleRestricted> List<T> collect(Function<PortalModule, List<T>> contribution,
                                                       Predicate<PortalRole> holdsRole) {
        return modules.stream()
                .flatMap(module -> contribution.apply(module).stream())
                .filter(item -> item.visibleTo(holdsRole))
                .toList();
    }
}
