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
import org.mspportal.core.search.SearchDocument;
import org.mspportal.core.search.SearchOutbox;
import org.mspportal.core.search.SearchOutboxEntry;
import org.mspportal.search.domain.index.EntryKind;
import org.mspportal.search.domain.index.PersonKey;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.redaction.Redactor;
import org.mspportal.search.domain.theme.Theme;
import org.mspportal.search.domain.theme.ThemeTagger;

/**
 * Applies what the modules published to the index: each publication is redacted, tagged with its themes
 * and stored (Hibernate Search indexes it when the transaction commits); each withdrawal removes the
 * entry. The outbox entries are taken off in the same transaction, so a server that stops half-way
 * applies them again on its next round and loses nothing.
 */
@ApplicationScoped
public class SearchIndexing {

    /** Outbox entries applied per transaction. */
    public static final int BATCH = 200;

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    PersonKeySecret personKeySecret;

    @Inject
    ThemeCatalogue themes;

    @Inject
    PortalRedactor redactors;

    /** @return how many outbox entries were applied: fewer than {@link #BATCH} when none are left */
    @Transactional
    public int applyWaiting() {
        List<SearchOutboxEntry> waiting = outbox.oldest(BATCH);
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Theme> current = themes.current();
        Redactor redactor = redactors.current();
        for (SearchOutboxEntry entry : waiting) {
            apply(entry, current, redactor);
            outbox.done(entry);
        }
        return waiting.size();
    }

    /** The ids of the oldest entries waiting, for applying them one by one after a batch failed. */
    @Transactional
    public List<Long> waitingIds() {
        return outbox.oldest(BATCH).stream().map(SearchOutboxEntry::getId).toList();
    }

    /** Applies one outbox entry in a transaction of its own (nothing, if it has gone meanwhile). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyOne(long outboxId) {
        SearchOutboxEntry entry = outbox.entry(outboxId);
        if (entry != null) {
            apply(entry, themes.current(), redactors.current());
            outbox.done(entry);
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

    private void apply(SearchOutboxEntry published, List<Theme> current, Redactor redactor) {
        SearchEntry existing = find(published.getSource(), published.getDocumentId());
        if (published.getOperation() == SearchOutboxEntry.Operation.WITHDRAW) {
            if (existing != null) {
                em.remove(existing);
            }
            return;
        }
        SearchDocument document = published.document();
        String redacted = redactor.redact(document.text());
        Set<String> tags = ThemeTagger.themesOf(redacted, current);
        SearchEntry entry = existing != null ? existing : new SearchEntry(document.source(), document.documentId());
        String person = PersonKey.of(personKeySecret.get(), document.source(), document.facets().get("person"));
        entry.update(EntryKind.of(document.source(), document.facets()), redacted, document.facets(), person,
                document.writtenOn(), tags, clock.instant());
        if (existing == null) {
            em.persist(entry);
        }
    }

    private SearchEntry find(String source, String documentId) {
        return em.createQuery("SELECT e FROM SearchEntry e WHERE e.source = :source AND e.documentId = :id",
                        SearchEntry.class)
                .setParameter("source", source).setParameter("id", documentId)
                .getResultStream().findFirst().orElse(null);
    }
}
