package org.mspportal.search.interfaces.web;

import java.io.IOException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What the search module's forms share: a refusal that keeps what was typed, and a redirect with a message. */
final class Forms {

    private Forms() {
    }

    /** Shows the refusal at the top of the page and the page again, as it was typed. */
    static void refuse(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** Goes to a page of the module (path and query after /search/), with a message shown there. */
    static void redirect(String pathAndQuery, String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        external.redirect(external.getRequestContextPath() + "/search/" + pathAndQuery);
    }
}
