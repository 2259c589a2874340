package org.mspportal.search.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.search.domain.index.SearchEntry;

/**
 * One entry of the index opened by a lead: its anonymised words and themes, and the lead's own choice of
 * themes for it, which re-tagging keeps. Opening and every change are audited; the index follows on commit.
 */
@Stateless
@RolesAllowed({PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class PracticeLearningEntries {

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ThemeCatalogue themes;

    /** @throws Refusal if there is no such entry (withdrawn, or never there) */
    public SearchEntry open(long id) {
        SearchEntry entry = existing(id);
        audit.record("VIEWED_PRACTICE_LEARNING_ENTRY", "entry " + id, null);
        return entry;
    }

    /** The entry again, for a page already opened (not audited twice); null if it has gone meanwhile. */
    public SearchEntry reread(long id) {
        return em.find(SearchEntry.class, id);
    }

    /** @throws Refusal with a message for the lead */
    public void addTheme(long id, String theme) {
        SearchEntry entry = existing(id);
        requireTheme(theme);
        entry.addTheme(theme);
        audit.record("ADDED_THEME_TO_ENTRY", "entry " + id, theme);
    }

    /** @throws Refusal with a message for the lead */
    public void removeTheme(long id, String theme) {
        SearchEntry entry = existing(id);
        entry.removeTheme(theme);
        audit.record("REMOVED_THEME_FROM_ENTRY", "entry " + id, theme);
    }

    private SearchEntry existing(long id) {
        SearchEntry entry = em.find(SearchEntry.class, id);
        if (entry == null) {
            throw new Refusal("This comment is no longer in the index: it may have been withdrawn.");
        }
        return entry;
    }

    private void requireTheme(String theme) {
        if (theme == null || themes.all().stream().noneMatch(t -> t.getName().equals(theme))) {
            throw new Refusal("Choose one of the themes.");
        }
    }
}
