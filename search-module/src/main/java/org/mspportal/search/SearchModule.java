package org.mspportal.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.core.module.HomeTile;
import org.mspportal.core.module.ModuleMessages;
import org.mspportal.core.module.NavigationEntry;
import org.mspportal.core.module.PortalModule;
import org.mspportal.core.security.PortalRole;

/** Anonymised theme search across feedback and suggestions, for practice learning. */
@ApplicationScoped
public class SearchModule implements PortalModule {

    static final ModuleMessages TEXT = ModuleMessages.of(SearchModule.class);
    static final Set<PortalRole> USERS = EnumSet.of(PortalRole.SAFEGUARDING_LEAD, PortalRole.ADMIN);

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String displayName() {
        return TEXT.text("module.name");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String migrationLocation() {
        return "db/migration/search";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(TEXT.text("navigation.label"), "/search/index.xhtml", USERS));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(new HomeTile(TEXT.text("tile.title"), TEXT.text("tile.description"),
                "/search/index.xhtml", USERS));
    }
}
