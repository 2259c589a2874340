package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.mspportal.core.web.PageMessages;
import org.mspportal.survey.application.EnquiryDetail;
import org.mspportal.survey.application.EnquiryRecords;

/** What the enquiry forms share: showing a refusal, and returning to the enquiry with a message. */
final class EnquiryFormSupport {

    private EnquiryFormSupport() {
    }

    static void refuse(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A refusal beside one field, keeping everything typed: the page is shown again as it was. */
    static void refuse(String clientId, String message) {
        PageMessages.refuse(clientId, message);
    }

    static void backToEnquiry(String caseReference, String message) throws IOException {
        PageMessages.redirect("/survey/enquiry.xhtml?ref=" + URLEncoder.encode(caseReference, StandardCharsets.UTF_8), message);
    }

    /**
     * The enquiry a form is about, if it exists and is still open; otherwise the person gets the
     * "page not found" page.
     */
    static Optional<EnquiryDetail> openEnquiry(EnquiryRecords records, String ref) throws IOException {
        Optional<EnquiryDetail> enquiry = ref == null ? Optional.empty() : records.get(ref).filter(EnquiryDetail::isOpen);
        if (enquiry.isEmpty()) {
            notFound();
        }
        return enquiry;
    }

    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "No such enquiry");
        faces.responseComplete();
    }
}
