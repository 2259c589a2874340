package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.application.AssistedFeedback;
import org.mspportal.survey.application.EnquiryDetail;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.FeedbackInvitations;
import org.mspportal.survey.application.InvitationSummary;
import org.mspportal.survey.application.IssuedInvitation;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.interfaces.web.respondent.RespondentSessionCookie;

/**
 * The feedback invitations of one enquiry: issue a letter, revoke one. A new letter's secrets travel
 * to the letter page once, in the flash scope, and are never stored.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ISSUED = "issuedInvitation";

    @Inject
    transient FeedbackInvitations invitations;

    @Inject
    transient EnquiryRecords records;

    @Inject
    transient AssistedFeedback assisted;

    private String ref;
    private String caseReference;
    private List<InvitationSummary> list;
    private String emailAddress;
    private String reasonToAskAgain;
    private boolean enquiryOpen;

    public void load() throws IOException {
        EnquiryDetail enquiry = ref == null ? null : records.get(ref).orElse(null);
        if (enquiry == null) {
            EnquiryFormSupport.notFound();
            return;
        }
        caseReference = enquiry.caseReference();
        enquiryOpen = enquiry.isOpen();
        list = invitations.list(caseReference);
    }

    public void issueLetter() throws IOException {
        try {
            IssuedInvitation issued = invitations.issue(caseReference, FeedbackInvitation.Channel.LETTER, reasonToAskAgain);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put(ISSUED, issued);
            external.redirect(external.getRequestContextPath() + "/survey/invitation-letter.xhtml");
        } catch (Refusal e) {
            if (isFeedbackGiven()) {
                EnquiryFormSupport.refuse("invitations:reason", e.getMessage());
            } else {
                EnquiryFormSupport.refuse(e.getMessage());
            }
        }
    }

    /** Emails a new invitation; the address is not kept. A refused address keeps what was typed. */
    public void sendEmail() throws IOException {
        try {
            invitations.issueByEmail(caseReference, emailAddress, reasonToAskAgain);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/survey/invitations.xhtml?emailed=true&ref="
                    + URLEncoder.encode(caseReference, StandardCharsets.UTF_8));
        } catch (Refusal e) {
            EnquiryFormSupport.refuse("emailForm:emailAddress", e.getMessage());
        }
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    /** Opens the respondent's pages for the staff member to fill in with or for the person. */
    public void completeWithPerson() throws IOException {
        try {
            String secret = assisted.start(caseReference);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            RespondentSessionCookie.keep(external, secret);
            external.redirect(external.getRequestContextPath() + "/feedback/welcome.xhtml");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    public void revoke(long invitationId) throws IOException {
        try {
            invitations.revoke(caseReference, invitationId);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/survey/invitations.xhtml?revoked=true&ref="
                    + URLEncoder.encode(caseReference, StandardCharsets.UTF_8));
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    /** Feedback is asked for at the end: the page says so while the enquiry is open. */
    public boolean isEnquiryOpen() {
        return enquiryOpen;
    }

    /** The person has already given feedback: only a lead may ask again, with a reason. */
    public boolean isFeedbackGiven() {
        return list != null && list.stream().anyMatch(i -> i.completedAt() != null);
    }

    public boolean isLead() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PortalRole.Names.SAFEGUARDING_LEAD);
    }

    public String getReasonToAskAgain() {
        return reasonToAskAgain;
    }

    public void setReasonToAskAgain(String reasonToAskAgain) {
        this.reasonToAskAgain = reasonToAskAgain;
    }

    public List<InvitationSummary> getList() {
        return list;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    /** The letter just issued, if this request carries it; {@code null} once shown. */
    public static IssuedInvitation issued() {
        return (IssuedInvitation) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED);
    }
}
