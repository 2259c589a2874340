package org.mspportal.search.application;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.search.domain.theme.SeedThemes;
import org.mspportal.search.domain.theme.Theme;
import org.mspportal.search.domain.theme.ThemeDefinition;

/**
 * The themes of practice learning as leads keep them. The starting set is written once, on first use;
 * after that the leads own the list, even if they remove every theme. Each change is audited, and once
 * it has committed every entry is tagged again ({@link ThemesChanged}).
 */
@Singleton
@Lock(LockType.READ)
@RolesAllowed({PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class ThemeCatalogue {

    static final String SEEDED = "themes-seeded";
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Instance<Principal> principal;

    @Inject
    Event<ThemesChanged> changed;

    private volatile boolean seeded;

    /** The themes to tag with now; the indexing and rebuild, which run as no one, ask for them too. */
    @PermitAll
    public List<Theme> current() {
        return all().stream().map(ThemeDefinition::toTheme).toList();
    }

    @PermitAll
    public List<ThemeDefinition> all() {
        seedOnce();
        return em.createQuery("SELECT t FROM ThemeDefinition t ORDER BY t.name", ThemeDefinition.class).getResultList();
    }

    /** @throws Refusal with a message for the lead; nothing is saved */
    public ThemeDefinition add(String name, String rule) {
        ThemeDefinition theme = refusedAsRule(() -> new ThemeDefinition(name, rule, actor(), clock.instant()));
        requireUniqueName(theme.getName(), null);
        em.persist(theme);
        audit.record("ADDED_SEARCH_THEME", theme.getName(), theme.getRuleText());
        changed.fire(new ThemesChanged(theme.getName()));
        return theme;
    }

    /** @throws Refusal with a message for the lead; nothing is saved */
    public ThemeDefinition change(long id, String name, String rule) {
        ThemeDefinition theme = existing(id);
        String before = theme.getName();
        refusedAsRule(() -> {
            theme.change(name, rule, actor(), clock.instant());
            return theme;
        });
        requireUniqueName(theme.getName(), id);
        audit.record("CHANGED_SEARCH_THEME", before, theme.getName() + ": " + theme.getRuleText());
        changed.fire(new ThemesChanged(theme.getName()));
        return theme;
    }

    public void remove(long id) {
        ThemeDefinition theme = existing(id);
        em.remove(theme);
        audit.record("REMOVED_SEARCH_THEME", theme.getName(), theme.getRuleText());
        changed.fire(new ThemesChanged(theme.getName()));
    }

    /** The domain's refusal of a name or rule, as the lead's message, with nothing saved. */
    private static ThemeDefinition refusedAsRule(Supplier<ThemeDefinition> make) {
        try {
            return make.get();
        } catch (Refusal e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private ThemeDefinition existing(long id) {
        ThemeDefinition theme = em.find(ThemeDefinition.class, id);
        if (theme == null) {
            throw new Refusal("That theme is no longer there: someone may have removed it.");
        }
        return theme;
    }

    private void requireUniqueName(String name, Long except) {
        boolean taken = em.createQuery("SELECT t FROM ThemeDefinition t WHERE LOWER(t.name) = :name", ThemeDefinition.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(t -> !t.getId().equals(except));
        if (taken) {
            throw new Refusal("There is already a theme called \"" + name + "\".");
        }
    }

    private void seedOnce() {
        if (seeded) {
            return;
        }
        boolean done = !em.createNativeQuery("SELECT name FROM search_setting WHERE name = ?1").setParameter(1, SEEDED)
                .getResultList().isEmpty();
        if (!done) {
            for (Theme theme : SeedThemes.ALL) {
                em.persist(new ThemeDefinition(theme.name(), theme.rule().text(), SYSTEM, clock.instant()));
            }
            em.createNativeQuery("INSERT INTO search_setting (name, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, SEEDED).setParameter(2, clock.instant().toString()).executeUpdate();
            em.flush();
        }
        seeded = true;
    }

    private String actor() {
        try {
            String name = principal.isResolvable() ? principal.get().getName() : null;
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
