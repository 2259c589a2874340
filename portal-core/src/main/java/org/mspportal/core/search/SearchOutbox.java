package org.mspportal.core.search;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Where modules hand text to the search module. Called inside the module's own transaction (it must
 * be one): the entry commits or rolls back with the module's data, so nothing is indexed that was not
 * saved, and nothing saved is lost if the server stops before indexing.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(SearchDocument document) {
        em.persist(SearchOutboxEntry.publish(document, clock.instant()));
    }

    /** Removes a document from the index: withdrawn consent, erased data, or text that is no longer there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(String source, String documentId) {
        em.persist(SearchOutboxEntry.withdraw(source, documentId, clock.instant()));
    }
}
