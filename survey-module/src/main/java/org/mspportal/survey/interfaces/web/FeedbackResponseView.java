package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.application.FeedbackReading;
import org.mspportal.survey.application.FeedbackReading.ResponseView;

/** The person's feedback about one enquiry, answer by answer, for those allowed to read it (audited). */
@Named
@RequestScoped
public class FeedbackResponseView {

    @Inject
    FeedbackReading reading;

    private String ref;
    private List<ResponseView> responses;

    public void load() throws IOException {
        if (ref == null || !reading.mayRead(ref)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(ref == null ? 404 : 403, "Not available");
            faces.responseComplete();
            return;
        }
        responses = reading.responsesOf(ref);
    }

    public List<ResponseView> getResponses() {
        return responses;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
