package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.referencegroup.domain.model.consent.Consent;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Members' consent: the current choices, and recording a new version (which re-applies it everywhere). */
@ApplicationScoped
public class Consents {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SearchPublication search;

    /** No consent recorded means nothing is allowed beyond the group's own discussion. */
    public ConsentChoices currentOf(Member member) {
        return history(member).stream().findFirst().map(Consent::choices).orElse(ConsentChoices.NONE);
    }

    public List<Consent> history(Member member) {
        return em.createNamedQuery("Consent.historyOf", Consent.class).setParameter("member", member).getResultList();
    }

    /** Current choices of every member of the group, in one query, for lists that attribute words. */
    Map<Long, ConsentChoices> currentInGroup(ReferenceGroup group) {
        Map<Long, ConsentChoices> current = new HashMap<>();
        em.createNamedQuery("Consent.currentOfGroup", Object[].class).setParameter("group", group).getResultList()
                .forEach(row -> current.put((Long) row[0], new ConsentChoices((Boolean) row[1], (Boolean) row[2], (Boolean) row[3])));
        return current;
    }

    Consent record(Member member, ConsentChoices choices, String recordedBy) {
        int version = history(member).stream().findFirst().map(Consent::getVersion).orElse(0) + 1;
        Consent consent = new Consent(member, version, choices, clock.instant(), recordedBy);
        em.persist(consent);
        em.flush();
        search.republishAllOf(member);
        return consent;
    }
}
