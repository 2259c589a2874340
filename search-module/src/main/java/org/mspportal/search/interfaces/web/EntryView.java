package org.mspportal.search.interfaces.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.search.application.PracticeLearningEntries;
import org.mspportal.search.application.PublishedWords;
import org.mspportal.search.application.ThemeCatalogue;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.theme.ThemeDefinition;

/**
 * One comment opened from the search: its anonymised words and themes, with the lead's choice of themes.
 * Only the words and themes: its team, period and answer are not shown here, so that opening comments one
 * by one tells no more than a search of at least the minimum group does.
 */
@Named("openedComment")
@RequestScoped
public class EntryView {

    @Inject
    PracticeLearningEntries entries;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    PublishedWords words;

    private Long id;
    private String back;
    private String theme;
    private String themeToRemove;
    private SearchEntry opened;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            opened = entries.open(id);
        } catch (Refusal e) {
            notFound();
        }
    }

    public void add() throws IOException {
        change(() -> entries.addTheme(id, theme), "The comment is now under \"" + theme + "\".");
    }

    public void remove() throws IOException {
        String name = themeToRemove;
        change(() -> entries.removeTheme(id, name), "The comment is no longer under \"" + name + "\".");
    }

    private void change(Runnable action, String done) throws IOException {
        try {
            action.run();
        } catch (Refusal e) {
            Forms.refuse(e.getMessage());
            return;
        }
        Forms.redirect("entry.xhtml?id=" + id
                + (getBack() == null ? "" : "&back=" + URLEncoder.encode(getBack(), StandardCharsets.UTF_8)), done);
    }

    private void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "This comment is not in the index.");
        faces.responseComplete();
    }

    /**
     * On a form's postback the choices are checked against this comment's themes before the form's values
     * reach the bean, so the comment's id is read from the request itself then.
     */
    public SearchEntry getOpened() {
        if (opened == null && id == null) {
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                id = posted == null ? null : Long.valueOf(posted);
            } catch (NumberFormatException e) {
                id = null;
            }
        }
        if (opened == null && id != null) {
            opened = entries.reread(id);
        }
        return opened;
    }

    public String getKind() {
        return words.kind(getOpened().getKind());
    }

    /** Themes the comment is not under yet, to add. */
    public List<String> getOtherThemes() {
        return catalogue.all().stream().map(ThemeDefinition::getName).filter(n -> !getOpened().getThemes().contains(n))
                .toList();
    }

    public String getThemesText() {
        return String.join(", ", getThemes());
    }

    public List<String> getThemes() {
        return getOpened().getThemes().stream().sorted().toList();
    }

    /** The search to go back to: only the search page itself, never an address from elsewhere. */
    public String getBack() {
        return back != null && back.startsWith("index.xhtml") && !back.contains("//") ? back : null;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getThemeToRemove() {
        return themeToRemove;
    }

    public void setThemeToRemove(String themeToRemove) {
        this.themeToRemove = themeToRemove;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
