package org.mspportal.web.csp;

import jakarta.faces.FactoryFinder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;

/**
 * When the application starts (registered in faces-config.xml for PostConstructApplicationEvent),
 * wraps the HTML form renderer in a {@link CspNonceFormRenderer} if PrimeFaces' CSP is on.
 */
public class CspNonceFormRendererInstaller implements SystemEventListener {

    static final String FORM = "jakarta.faces.Form";

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        // Read the parameter itself: PrimeFaces' own config may not be built this early.
        if (!"true".equalsIgnoreCase(context.getExternalContext().getInitParameter("primefaces.CSP"))) {
            return;
        }
        RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit htmlBasic = factory.getRenderKit(context, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer standard = htmlBasic.getRenderer(FORM, FORM);
        if (!(standard instanceof CspNonceFormRenderer)) {
            htmlBasic.addRenderer(FORM, FORM, new CspNonceFormRenderer(standard));
        }
    }
}
