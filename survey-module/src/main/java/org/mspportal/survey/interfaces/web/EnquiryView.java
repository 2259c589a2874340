package org.mspportal.survey.interfaces.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.application.EnquiryDetail;
import org.mspportal.survey.application.EnquiryRecords;

/** One enquiry and the person's whole journey; the case reference comes from the address. */
@Named
@RequestScoped
public class EnquiryView {

    @Inject
    EnquiryRecords records;

    private String ref;
    private EnquiryDetail enquiry;

    public void load() throws IOException {
        enquiry = ref == null ? null : records.get(ref).orElse(null);
        if (enquiry == null) {
            EnquiryFormSupport.notFound();
        }
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
