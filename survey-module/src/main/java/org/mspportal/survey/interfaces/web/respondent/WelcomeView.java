package org.mspportal.survey.interfaces.web.respondent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page after the link or code works: what to expect, then the first question (or where they left off). */
@Named
@RequestScoped
public class WelcomeView {

    @Inject
    RespondentPage page;

    public void arrive() {
        switch (page.getState().standing()) {
            case LIVE -> { }
            case SENT -> page.redirect("/feedback/sent.xhtml");
            case ENDED -> page.redirect("/feedback/ended.xhtml?why=session");
            case NONE -> page.redirect("/feedback/start.xhtml");
        }
    }

    public boolean isReturning() {
        return !page.getState().replies().isEmpty();
    }

    public int getTotal() {
        return page.getState().journey().total();
    }

    public String getCarryOnPath() {
        return page.carryOnPath();
    }
}
