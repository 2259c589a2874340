package org.mspportal.referencegroup.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.search.KnownPersonNames;

/** The names of reference group members, for the search module to redact wherever one member names another. */
@ApplicationScoped
public class MemberNames implements KnownPersonNames {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Override
    @Transactional
    public List<String> names() {
        return em.createQuery("SELECT m.fullName FROM Member m WHERE m.fullName IS NOT NULL", String.class)
                .getResultList();
    }
}
