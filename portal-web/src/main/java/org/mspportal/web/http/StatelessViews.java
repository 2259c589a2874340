package org.mspportal.web.http;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.mspportal.core.module.ModuleRegistry;

/**
 * Marks a view stateless as soon as it exists when it must keep nothing on the server: the pages a
 * module declares so (the respondent's, for people without an account), and error pages shown to someone
 * not signed in. A page's own {@code <f:view transient="true">} takes effect only once the page is built,
 * and PrimeFaces makes its CSP nonce before that: on a view not yet marked, the nonce goes into the view
 * map, and Mojarra creates an HTTP session to hold it.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null || view.getViewId() == null) {
            return;
        }
        String id = view.getViewId();
        boolean anonymousError = id.startsWith("/error/") && context.getExternalContext().getSession(false) == null;
        if (anonymousError || CDI.current().select(ModuleRegistry.class).get().isStatelessView(id)) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
