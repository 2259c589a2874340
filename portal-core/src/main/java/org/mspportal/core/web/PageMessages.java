package org.mspportal.core.web;

import java.io.IOException;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.mspportal.core.rule.Refusal;

/**
 * What every module's forms do with a person's input: a refusal that shows the page again with everything
 * typed still there, and, after a save, a redirect to the next page with a message shown on it.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * Shows the refusal beside the field (or at the top of the page when {@code clientId} is null) and marks
     * the request failed, so the page is rendered again as it was typed and nothing is navigated away from.
     */
    public static void refuse(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /**
     * Shows a refusal beside the input of the field it concerns, {@code form:field}, or the input the page calls
     * it ({@code renamed}: field to input); at the top of the page when it concerns no field, or none of this form.
     */
    public static void refuseBeside(Refusal refusal, String form, Map<String, String> renamed) {
        String clientId = refusal.field().map(field -> form + ":" + renamed.getOrDefault(field, field))
                .filter(id -> FacesContext.getCurrentInstance().getViewRoot().findComponent(id) != null)
                .orElse(null);
        refuse(clientId, refusal.getMessage());
    }

    public static void refuseBeside(Refusal refusal, String form) {
        refuseBeside(refusal, form, Map.of());
    }

    /** A message at the top of the page being shown. */
    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * Goes to another page of the portal with a message shown there (kept across the redirect in the flash).
     *
     * @param path    from the application's root, for example {@code /search/themes.xhtml}
     * @param message shown on the next page; none if null
     */
    public static void redirect(String path, String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (message != null) {
            external.getFlash().setKeepMessages(true);
            info(message);
        }
        external.redirect(external.getRequestContextPath() + path);
    }
}
