package org.mspportal.search.infrastructure.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.mspportal.search.application.ThemeCatalogue;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.theme.Theme;
import org.mspportal.search.domain.theme.ThemeTagger;

/** Tags each entry of the chunk with today's themes and writes it to the index again, when the chunk commits. */
@Named
@Dependent
public class ReindexingWriter extends AbstractItemWriter {

    @PersistenceContext(unitName = "search")
    EntityManager em;

    @Inject
    ThemeCatalogue themes;

    @Override
    public void writeItems(List<Object> ids) {
        List<Theme> current = themes.current();
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        for (Object id : ids) {
            SearchEntry entry = em.find(SearchEntry.class, id);
            if (entry != null) {
                entry.retag(ThemeTagger.themesOf(entry.getRedactedText(), current));
                index.addOrUpdate(entry);
            }
        }
    }
}
