package org.mspportal.survey;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.migration.JavaMigration;
import org.mspportal.core.module.HomeTile;
import org.mspportal.core.module.ModuleMessages;
import org.mspportal.core.module.NavigationEntry;
import org.mspportal.core.module.PortalModule;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.infrastructure.persistence.migration.V9__Repair_double_encoded_replies;

/** Desired outcomes through the enquiry, and the end-of-process feedback people give online, with help, or in Easy Read. */
@ApplicationScoped
public class SurveyModule implements PortalModule {

    static final ModuleMessages TEXT = ModuleMessages.of(SurveyModule.class);
    static final Set<PortalRole> USERS = EnumSet.of(PortalRole.PRACTITIONER, PortalRole.SAFEGUARDING_LEAD, PortalRole.ADMIN);

    @Override
    public String id() {
        return "survey";
    }

    @Override
    public String displayName() {
        return TEXT.text("module.name");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(TEXT.text("navigation.label"), "/survey/index.xhtml", USERS),
                new NavigationEntry(TEXT.text("navigation.questionnaire"), "/survey/questionnaire.xhtml",
                        EnumSet.of(PortalRole.ADMIN)),
                new NavigationEntry(TEXT.text("navigation.reporting"), "/survey/reporting.xhtml",
                        EnumSet.of(PortalRole.SAFEGUARDING_LEAD, PortalRole.ADMIN)));
    }

    /** The respondent's pages: people answering without an account keep nothing on the server. */
    @Override
    public List<String> statelessViews() {
        return List.of("/feedback/");
    }

    @Override
    public List<JavaMigration> javaMigrations() {
        return List.of(new V9__Repair_double_encoded_replies());
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(new HomeTile(TEXT.text("tile.title"), TEXT.text("tile.description"),
                "/survey/index.xhtml", USERS));
    }
}
