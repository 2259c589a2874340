package org.mspportal.core.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.search.KnownPersonNames;

/** The names of the portal's account holders, for the search module to redact. */
@ApplicationScoped
public class StaffNames implements KnownPersonNames {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    @Transactional
    public List<String> names() {
        return em.createQuery("SELECT a.displayName FROM UserAccount a WHERE a.displayName IS NOT NULL", String.class)
                .getResultList();
    }
}
