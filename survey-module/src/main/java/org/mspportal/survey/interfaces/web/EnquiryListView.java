package org.mspportal.survey.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private Long team;
    private EnquiryStage stage;
    private String status = "";
    private List<EnquirySummary> enquiries;

    public List<EnquirySummary> getEnquiries() {
        if (enquiries == null) {
            Boolean concluded = switch (status == null ? "" : status) {
                case "open" -> Boolean.FALSE;
                case "concluded" -> Boolean.TRUE;
                default -> null;
            };
            enquiries = records.list(new EnquiryFilter(team, stage, concluded));
        }
        return enquiries;
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
