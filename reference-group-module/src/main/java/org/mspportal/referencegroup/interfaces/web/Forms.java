package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.web.PageMessages;

/** The core's page messages with the module's own paths, and the caller's roles as the pages see them. */
final class Forms {

    private Forms() {
    }

    /** Shows the refusal beside the field (or at the top if there is none) and the page again, as it was typed. */
    static void refuse(String clientId, String message) {
        PageMessages.refuse(clientId, message);
    }

    /** Shows the refusal beside the input of the field it concerns ({@code form:field}), or at the top. */
    static void refuseBeside(Refusal refusal, String form) {
        PageMessages.refuseBeside(refusal, form);
    }

    /** As {@link #refuseBeside(Refusal, String)}, where some of the form's inputs are not called as the fields are. */
    static void refuseBeside(Refusal refusal, String form, Map<String, String> renamed) {
        PageMessages.refuseBeside(refusal, form, renamed);
    }

    static void info(String message) {
        PageMessages.info(message);
    }

    /** Goes to a page of the module (path after /reference-group/), with a message shown there. */
    static void redirect(String pathAndQuery, String message) throws IOException {
        PageMessages.redirect("/reference-group/" + pathAndQuery, message);
    }

    static boolean isInRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
