package org.mspportal.core.search.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningPublisher;
import org.mspportal.core.search.PracticeLearningText;

/** Publications written to the core's outbox table, in the publishing module's own transaction. */
@ApplicationScoped
public class OutboxPublisher implements PracticeLearningPublisher {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(PracticeLearningText text) {
        em.persist(OutboxEntry.publish(text, clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(DocumentRef document) {
        em.persist(OutboxEntry.withdraw(document, clock.instant()));
    }
}
