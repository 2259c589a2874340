package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What the reference group forms share: a refusal that keeps what was typed, and a redirect with a message. */
final class Forms {

    private Forms() {
    }

    /** Shows the refusal beside the field (or at the top if there is none) and the page again, as it was typed. */
    static void refuse(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** Goes to a page of the module (path after /reference-group/), with a message shown there. */
    static void redirect(String pathAndQuery, String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (message != null) {
            external.getFlash().setKeepMessages(true);
            info(message);
        }
        external.redirect(external.getRequestContextPath() + "/reference-group/" + pathAndQuery);
    }

    static boolean isInRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
