package org.mspportal.referencegroup.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.demo.DemoDataRequested;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Adds the fictional council's reference group in demo mode, once. */
@ApplicationScoped
public class ReferenceGroupDemoData {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void onDemoDataRequested(@Observes DemoDataRequested request) {
        long groups = em.createNamedQuery("ReferenceGroup.count", Long.class).getSingleResult();
        if (groups == 0) {
            em.persist(new ReferenceGroup(request.councilName() + " No Secrets Reference Group",
                    "People who have been through safeguarding, and carers, helping the Safeguarding Adults Board "
                            + "decide what should happen when someone needs a safeguarding intervention.",
                    clock.instant()));
        }
    }
}
