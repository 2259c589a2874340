package org.mspportal.web.csp;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.render.Renderer;

import org.primefaces.context.PrimeFacesContext;

/**
 * Wraps the standard form renderer so that every form carries the view's Content-Security-Policy
 * nonce in a hidden field. PrimeFaces refuses a postback whose nonce does not match its view's, and
 * only its own script would otherwise add the field: without this, forms on pages without PrimeFaces
 * components, and every form in a browser without JavaScript, would fail.
 */
public class CspNonceFormRenderer extends Renderer {

    static final String PARAMETER = "primefaces.nonce";

    private final Renderer standard;

    public CspNonceFormRenderer(Renderer standard) {
        this.standard = standard;
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        standard.encodeEnd(context, component);
    }

    @Override
    public void decode(FacesContext context, UIComponent component) {
        standard.decode(context, component);
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        standard.encodeBegin(context, component);
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) throws IOException {
        standard.encodeChildren(context, component);
    }

    @Override
    public boolean getRendersChildren() {
        return standard.getRendersChildren();
    }

    @Override
    public String convertClientId(FacesContext context, String clientId) {
        return standard.convertClientId(context, clientId);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue)
            throws ConverterException {
        return standard.getConvertedValue(context, component, submittedValue);
    }
}
