package org.mspportal.search.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.search.spi.OutboxDelivery;
import org.mspportal.search.application.SearchIndexRebuild;
import org.mspportal.search.application.SearchIndexing;
import org.mspportal.search.application.ThemeCatalogue;
import org.mspportal.search.domain.theme.ThemeDefinition;

/** The themes page: the leads' themes and their rules, and the index's state with its rebuild. */
@Named("themes")
@RequestScoped
public class ThemesView {

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    SearchIndexRebuild rebuild;

    @Inject
    SearchIndexing indexing;

    @Inject
    OutboxDelivery outbox;

    private Long edit;
    private String name;
    private String rule;
    private List<ThemeDefinition> all;
    private SearchIndexRebuild.Progress progress;
    private boolean progressRead;

    /** With {@code ?edit=<id>}, the form holds that theme. */
    public void load() {
        if (edit != null && name == null && rule == null) {
            getAll().stream().filter(t -> t.getId().equals(edit)).findFirst().ifPresentOrElse(t -> {
                name = t.getName();
                rule = t.getRuleText();
            }, () -> edit = null);
        }
    }

    public void save() throws IOException {
        try {
            ThemeDefinition saved = edit == null ? catalogue.add(name, rule) : catalogue.change(edit, name, rule);
            Forms.redirect("themes.xhtml",
                    "The theme \"" + saved.getName() + "\" is saved. Every comment is being tagged again.");
        } catch (Refusal e) {
            Forms.refuse(e.getMessage());
        }
    }

    public void remove(long id) throws IOException {
        try {
            catalogue.remove(id);
            Forms.redirect("themes.xhtml", "The theme is removed. Every comment is being tagged again.");
        } catch (Refusal e) {
            Forms.refuse(e.getMessage());
        }
    }

    public void rebuildNow() throws IOException {
        rebuild.requested();
        Forms.redirect("themes.xhtml", "The index is being rebuilt. Searches keep working meanwhile.");
    }

    public List<ThemeDefinition> getAll() {
        if (all == null) {
            all = catalogue.all();
        }
        return all;
    }

    public SearchIndexRebuild.Progress getProgress() {
        if (!progressRead) {
            progress = rebuild.latest();
            progressRead = true;
        }
        return progress;
    }

    public long getDocuments() {
        return indexing.documents();
    }

    public long getWaiting() {
        return outbox.backlog().waiting();
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }
}
