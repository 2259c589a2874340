package org.mspportal.core.search.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.search.outbox.OutboxEntry;

/**
 * The consumer's side of the outbox: hands what modules published to the {@link PracticeLearningIndex}, oldest
 * first, and takes each entry off in the same transaction as the index's change.
 */
@ApplicationScoped
public class OutboxDelivery {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    /** @return how many entries were delivered: fewer than {@code limit} when none are left */
    @Transactional
    public int deliverOldest(PracticeLearningIndex index, int limit) {
        List<OutboxEntry> waiting = em.createNamedQuery("OutboxEntry.waiting", OutboxEntry.class)
                .setMaxResults(limit).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        index.apply(waiting.stream().map(OutboxDelivery::publication).toList());
        waiting.forEach(em::remove);
        return waiting.size();
    }

    /** The ids of the oldest entries waiting, for delivering them one by one after a batch failed. */
    @Transactional
    public List<Long> oldestIds(int limit) {
        return em.createQuery("SELECT e.id FROM OutboxEntry e WHERE e.setAsideAt IS NULL ORDER BY e.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    /** Delivers one entry in a transaction of its own (nothing, if it has gone meanwhile). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliverOne(PracticeLearningIndex index, long entryId) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (entry != null) {
            index.apply(List.of(publication(entry)));
            em.remove(entry);
        }
    }

    /** An entry that could not be delivered even on its own: kept, but no longer holding up the rest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void setAside(long entryId) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (entry != null) {
            entry.setAside(clock.instant());
        }
    }

    /** How far the index lags behind what the modules have published. */
    @Transactional
    public Backlog backlog() {
        Object[] row = em.createQuery("SELECT COUNT(e), MIN(e.queuedAt) FROM OutboxEntry e WHERE e.setAsideAt IS NULL",
                Object[].class).getSingleResult();
        long setAside = em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.setAsideAt IS NOT NULL", Long.class)
                .getSingleResult();
        Instant oldest = (Instant) row[1];
        return new Backlog((Long) row[0], oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant()),
                setAside);
    }

    private static Publication publication(OutboxEntry entry) {
        return entry.getOperation() == OutboxEntry.Operation.WITHDRAW
                ? new Publication.Withdrawn(entry.document())
                : new Publication.Published(entry.text());
    }

    /**
     * @param waiting      entries not yet applied
     * @param oldestWaiting how long the oldest has waited
     * @param setAside     entries set aside because they could not be applied
     */
    public record Backlog(long waiting, Duration oldestWaiting, long setAside) {
    }
}
