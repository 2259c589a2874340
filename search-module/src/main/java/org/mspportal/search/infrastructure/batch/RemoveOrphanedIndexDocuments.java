package org.mspportal.search.infrastructure.batch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.mspportal.search.domain.index.SearchEntry;

/**
 * Removes from the index what its table no longer holds: a withdrawal applied to the table while the
 * index could not be written (a crash between the two), or an index kept from an older database.
 */
@Named
@Dependent
public class RemoveOrphanedIndexDocuments extends AbstractBatchlet {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Override
    @Transactional
    public String process() {
        SearchSession session = Search.session(em);
        Set<Long> orphans = new HashSet<>();
        try (SearchScroll<Long> scroll = session.search(SearchEntry.class).select(f -> f.id(Long.class))
                .where(f -> f.matchAll()).scroll(PAGE)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                List<Long> ids = chunk.hits();
                Set<Long> known = new HashSet<>(em.createQuery("SELECT e.id FROM SearchEntry e WHERE e.id IN :ids",
                        Long.class).setParameter("ids", ids).getResultList());
                ids.stream().filter(id -> !known.contains(id)).forEach(orphans::add);
            }
        }
        orphans.forEach(id -> session.indexingPlan().purge(SearchEntry.class, id, null));
        return orphans.isEmpty() ? "NOTHING_TO_REMOVE" : "REMOVED_" + orphans.size();
    }
}
