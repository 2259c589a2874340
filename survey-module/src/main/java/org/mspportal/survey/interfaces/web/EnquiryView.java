package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.application.ConcernSummary;
import org.mspportal.survey.application.EnquiryDetail;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.FeedbackReading;
import org.mspportal.survey.application.SafeguardingConcerns;

/** One enquiry and the person's whole journey; the case reference comes from the address. */
@Named
@RequestScoped
public class EnquiryView {

    @Inject
    EnquiryRecords records;

    private String ref;
    private EnquiryDetail enquiry;
    private List<ConcernSummary> concernList;

    @Inject
    SafeguardingConcerns concerns;

    @Inject
    FeedbackReading reading;

    public void load() throws IOException {
        enquiry = ref == null ? null : records.get(ref).orElse(null);
        if (enquiry == null) {
            EnquiryFormSupport.notFound();
        }
    }

    /** Concerns from the person's feedback, for the practitioners and leads who act on them. */
    public List<ConcernSummary> getConcerns() {
        if (concernList == null) {
            concernList = actsOnConcerns() ? concerns.ofEnquiry(ref) : List.of();
        }
        return concernList;
    }

    public boolean isFeedbackReadable() {
        return actsOnConcerns() && reading.mayRead(ref);
    }

    private static boolean actsOnConcerns() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(PortalRole.Names.SAFEGUARDING_LEAD) || external.isUserInRole(PortalRole.Names.PRACTITIONER);
    }

    public EnquiryDetail getEnquiry() {
        return enquiry;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
