package org.mspportal.core.search;

import java.time.Clock;
import java.util.List;

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

    /** The oldest entries waiting for the search module, in the order they were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SearchOutboxEntry> oldest(int limit) {
        return em.createNamedQuery("SearchOutboxEntry.waiting", SearchOutboxEntry.class).setMaxResults(limit)
                .getResultList();
    }

    /** One entry, or null if it has been applied or withdrawn meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SearchOutboxEntry entry(long id) {
        return em.find(SearchOutboxEntry.class, id);
    }

    /** Takes an entry off once the search module has applied it, in the same transaction as the index's change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(SearchOutboxEntry entry) {
        em.remove(em.contains(entry) ? entry : em.find(SearchOutboxEntry.class, entry.getId()));
    }

    /** Entries not yet applied: how far the index lags behind what the modules have published. */
    public long waiting() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.setAsideAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** An entry the search module could not apply even on its own: kept, but no longer holding up the rest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void setAside(long entryId) {
        SearchOutboxEntry entry = em.find(SearchOutboxEntry.class, entryId);
        if (entry != null) {
            entry.setAside(clock.instant());
        }
    }

    /** Entries set aside, for the health check and the administrator. */
    public long setAside() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.setAsideAt IS NOT NULL", Long.class)
                .getSingleResult();
    }
}
