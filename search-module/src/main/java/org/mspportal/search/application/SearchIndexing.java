package org.mspportal.search.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.search.mapper.orm.Search;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;
import org.mspportal.core.search.spi.OutboxDelivery;
import org.mspportal.core.search.spi.PracticeLearningIndex;
import org.mspportal.core.search.spi.Publication;
import org.mspportal.search.domain.index.PersonKey;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.redaction.Redactor;
import org.mspportal.search.domain.theme.Theme;
import org.mspportal.search.domain.theme.ThemeTagger;

/**
 * Applies what the modules published to the index: each publication is redacted, tagged with its themes
 * and stored (Hibernate Search indexes it when the transaction commits); each withdrawal removes the
 * entry. The core's outbox delivery takes the entries off in the same transaction, so a server that stops
 * half-way applies them again on its next round and loses nothing.
 */
@ApplicationScoped
public class SearchIndexing implements PracticeLearningIndex {

    /** Outbox entries applied per transaction. */
    public static final int BATCH = 200;

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    PersonKeySecret personKeySecret;

    @Inject
    ThemeCatalogue themes;

    @Inject
    PortalRedactor redactors;

    /** @return how many outbox entries were applied: fewer than {@link #BATCH} when none are left */
    public int applyWaiting() {
        return delivery.deliverOldest(this, BATCH);
    }

    /** The ids of the oldest entries waiting, for applying them one by one after a batch failed. */
    public List<Long> waitingIds() {
        return delivery.oldestIds(BATCH);
    }

    /** Applies one outbox entry in a transaction of its own (nothing, if it has gone meanwhile). */
    public void applyOne(long outboxId) {
        delivery.deliverOne(this, outboxId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<Publication> publications) {
        List<Theme> current = themes.current();
        Redactor redactor = redactors.current();
        for (Publication publication : publications) {
            SearchEntry existing = find(publication.document());
            if (publication instanceof Publication.Published published) {
                index(published.text(), existing, current, redactor);
            } else if (existing != null) {
                em.remove(existing);
            }
        }
    }

    /**
     * Whether the index holds as many entries as the table. A server that stopped between a commit and
     * the index's write, or an index directory lost or restored from elsewhere, shows as a difference.
     */
    @Transactional
    public boolean indexMatchesTable() {
        long inTable = em.createQuery("SELECT COUNT(e) FROM SearchEntry e", Long.class).getSingleResult();
        return documents() == inTable;
    }

    /** Entries in the index. */
    @Transactional
    public long documents() {
        return Search.session(em).search(SearchEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private void index(PracticeLearningText text, SearchEntry existing, List<Theme> current, Redactor redactor) {
        String redacted = redactor.redact(text.text());
        Set<String> tags = ThemeTagger.themesOf(redacted, current);
        SearchEntry entry = existing != null ? existing : new SearchEntry(text.document().source(), text.document().id());
        String person = PersonKey.of(personKeySecret.get(), text.document().source(), text.author());
        entry.update(text, redacted, person, tags, clock.instant());
        if (existing == null) {
            em.persist(entry);
        }
    }

    private SearchEntry find(DocumentRef document) {
        return em.createQuery("SELECT e FROM SearchEntry e WHERE e.source = :source AND e.documentId = :id",
                        SearchEntry.class)
                .setParameter("source", document.source()).setParameter("id", document.id())
                .getResultStream().findFirst().orElse(null);
    }
}
