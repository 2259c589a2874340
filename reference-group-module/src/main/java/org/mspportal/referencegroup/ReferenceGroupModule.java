package org.mspportal.referencegroup;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.core.module.HomeTile;
import org.mspportal.core.module.ModuleMessages;
import org.mspportal.core.module.NavigationEntry;
import org.mspportal.core.module.PortalModule;
import org.mspportal.core.security.PortalRole;

/** Co-production with people with lived experience and carers: sessions, suggestions and "you said, we did". */
@ApplicationScoped
public class ReferenceGroupModule implements PortalModule {

    static final ModuleMessages TEXT = ModuleMessages.of(ReferenceGroupModule.class);
    static final Set<PortalRole> USERS = EnumSet.of(PortalRole.FACILITATOR, PortalRole.MEMBER, PortalRole.SAFEGUARDING_LEAD, PortalRole.ADMIN);

    @Override
    public String id() {
        return "reference-group";
    }

    @Override
    public String displayName() {
        return TEXT.text("module.name");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(TEXT.text("navigation.label"), "/reference-group/index.xhtml", USERS),
                new NavigationEntry(TEXT.text("navigation.participation"), "/reference-group/participation.xhtml",
                        EnumSet.of(PortalRole.FACILITATOR, PortalRole.SAFEGUARDING_LEAD, PortalRole.ADMIN)));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(new HomeTile(TEXT.text("tile.title"), TEXT.text("tile.description"),
                "/reference-group/index.xhtml", USERS));
    }
}
