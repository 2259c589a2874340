package org.mspportal.web.shell;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.module.Attention;
import org.mspportal.core.module.HomeTile;
import org.mspportal.core.module.ModuleRegistry;
import org.mspportal.core.module.NavigationEntry;
import org.mspportal.core.security.PortalRole;

/** The layout's view of the portal: navigation and home tiles for the signed-in person's roles. */
@Named
@RequestScoped
public class ShellView {

    /** The shell's own pages. Modules add theirs through the plugin contract. */
    static final List<NavigationEntry> SHELL_NAVIGATION = List.of(
            new NavigationEntry("Users", "/admin/users.xhtml", Set.of(PortalRole.ADMIN)),
            new NavigationEntry("Audit log", "/admin/audit.xhtml", Set.of(PortalRole.ADMIN)),
            new NavigationEntry("API keys", "/admin/api-clients.xhtml", Set.of(PortalRole.ADMIN)),
            new NavigationEntry("Teams", "/admin/teams.xhtml", Set.of(PortalRole.ADMIN)));

    @Inject
    ModuleRegistry modules;

    @Inject
    PortalSettings settings;

    @Inject
    @Any
    Instance<Attention.Source> attentionSources;

    private List<NavigationEntry> navigation;
    private List<HomeTile> homeTiles;
    private List<Attention> attention;

    public List<NavigationEntry> getNavigation() {
        if (navigation == null) {
            List<NavigationEntry> entries = new ArrayList<>(modules.navigationFor(this::holds));
            SHELL_NAVIGATION.stream().filter(e -> e.visibleTo(this::holds)).forEach(entries::add);
            navigation = List.copyOf(entries);
        }
        return navigation;
    }

    public List<HomeTile> getHomeTiles() {
        if (homeTiles == null) {
            homeTiles = modules.homeTilesFor(this::holds);
        }
        return homeTiles;
    }

    /** What waits for the signed-in person, urgent first. */
    public List<Attention> getAttention() {
        if (attention == null) {
            attention = !isSignedIn() ? List.of() : attentionSources.stream()
                    .flatMap(source -> source.waitingFor(this::holds).stream())
                    .sorted(Comparator.comparing(a -> !a.urgent())).toList();
        }
        return attention;
    }

    public boolean isSignedIn() {
        return external().getUserPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = external().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isCurrent(String path) {
        return path.equals(external().getRequestServletPath());
    }

    public String getCouncilName() {
        return settings.councilName();
    }

    public boolean isDemo() {
        return settings.isDemo();
    }

    /** Looked up on each call: this bean also renders error pages, dispatched after the original FacesContext ended. */
    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private boolean holds(PortalRole role) {
        return external().isUserInRole(role.name());
    }
}
