package org.mspportal.survey.interfaces.web.respondent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.mspportal.survey.application.RespondentAccess.Opening;
import org.mspportal.survey.application.RespondentAccess.WhyNotOpened;
import org.mspportal.survey.application.RespondentAccess;

/**
 * The start page. Opened from the link, it exchanges the link's secret for a session at once and
 * redirects to an address without it; otherwise it asks for the code from the letter.
 */
@Named
@RequestScoped
public class StartView {

    @Inject
    RespondentAccess access;

    @Inject
    RespondentPage page;

    private String code;
    private String problem;

    /** On arrival: with a link's secret ({@code ?t=}), exchange it; with no secret, show the code form. */
    public void arrive() {
        String token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
        if (token != null) {
            follow(access.openWithLink(token, address()));
        }
    }

    public void enterCode() {
        Opening opening = access.openWithCode(code, address());
        if (opening.refusal() == WhyNotOpened.MALFORMED || opening.refusal() == WhyNotOpened.NOT_FOUND) {
            problem = opening.refusal() == WhyNotOpened.MALFORMED ? "start.error.malformed" : "start.error.notFound";
            return;
        }
        if (opening.refusal() == WhyNotOpened.TOO_MANY_TRIES) {
            problem = "start.error.tooMany";
            return;
        }
        follow(opening);
    }

    private void follow(Opening opening) {
        if (opening.isOpen()) {
            page.keepSession(opening.sessionToken());
            page.redirect("/feedback/welcome.xhtml");
            return;
        }
        page.redirect("/feedback/ended.xhtml?why=" + switch (opening.refusal()) {
            case ALREADY_SENT -> "sent";
            case ENDED -> "ended";
            case TOO_MANY_TRIES -> "busy";
            case MALFORMED, NOT_FOUND -> "unknown";
        });
    }

    /** The address tries are counted against; behind a proxy, the server must be told to trust its header. */
    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isCarryOnPossible() {
        return page.getState().isLive();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProblem() {
        return problem;
    }
}
