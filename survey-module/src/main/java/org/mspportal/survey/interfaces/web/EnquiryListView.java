package org.mspportal.survey.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.paging.Page;
import org.mspportal.survey.application.EnquiryFilter;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.EnquirySummary;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/** The practitioners' list of enquiries; the filters come from the address, so a list can be bookmarked. */
@Named
@RequestScoped
public class EnquiryListView {

    @Inject
    EnquiryRecords records;

    private String ref;
    private Long team;
    private EnquiryStage stage;
    private String status = "";
    private EnquiryFilter.Feedback feedback;
    private int page = 1;
    private Page<EnquirySummary> enquiries;

    public Page<EnquirySummary> getEnquiries() {
        if (enquiries == null) {
            Boolean concluded = switch (status == null ? "" : status) {
                case "open" -> Boolean.FALSE;
                case "concluded" -> Boolean.TRUE;
                default -> null;
            };
            enquiries = records.list(new EnquiryFilter(ref, team, stage, concluded, feedback), page);
        }
        return enquiries;
    }

    public EnquiryFilter.Feedback getFeedback() {
        return feedback;
    }

    public void setFeedback(EnquiryFilter.Feedback feedback) {
        this.feedback = feedback;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref == null || ref.length() > 40 ? null : ref;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public EnquiryStage getStage() {
        return stage;
    }

    public void setStage(EnquiryStage stage) {
        this.stage = stage;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
