package org.mspportal.search.infrastructure.batch;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The ids of the search module's entries, in order, a page at a time; the checkpoint is the last id handed out. */
@Named
@Dependent
public class SearchEntryIdReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "search")
    EntityManager em;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var ids = em.createQuery("SELECT e.id FROM SearchEntry e WHERE e.id > :after ORDER BY e.id", Long.class)
                    .setParameter("after", lastRead).setMaxResults(PAGE).getResultList();
            page.addAll(ids);
            exhausted = ids.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
