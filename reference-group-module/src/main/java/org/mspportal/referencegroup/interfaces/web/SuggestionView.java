package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.Contributions;
import org.mspportal.referencegroup.application.Discussion;
import org.mspportal.referencegroup.application.Moderation;
import org.mspportal.referencegroup.application.Posted;
import org.mspportal.referencegroup.application.Responses;
import org.mspportal.referencegroup.application.SuggestionDetail;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;

/** One suggestion: its comments and what became of it; members comment and agree, facilitators answer and moderate. */
@Named
@ViewScoped
public class SuggestionView implements Serializable {

    @Inject
    Discussion discussion;

    @Inject
    Contributions contributions;

    @Inject
    Responses responses;

    @Inject
    Moderation moderation;

    private Long id;
    private SuggestionDetail detail;
    private String refusal;
    private String comment;
    private String status;
    private String response;
    private String easyReadResponse;
    private String hideReason;

    public void load() {
        try {
            detail = discussion.suggestion(id == null ? -1 : id);
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public void addComment() throws IOException {
        try {
            Posted posted = contributions.comment(id, comment);
            back(posted.heldForReview() ? TopicView.HELD : "Thank you. Your comment is saved.");
        } catch (Refusal e) {
            Forms.refuse("comment:text", e.getMessage());
        }
    }

    public void support() throws IOException {
        try {
            contributions.support(id);
            back("Thank you. You agreed with this suggestion.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public void answer() throws IOException {
        try {
            responses.answer(id, status == null || status.isBlank() ? null : SuggestionStatus.valueOf(status), response,
                    easyReadResponse);
            back("The response is saved. The member who made the suggestion, and those who agreed, have been told.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "answer", Map.of("easyReadResponse", "easyRead"));
        }
    }

    public void hide() throws IOException {
        try {
            moderation.hideSuggestion(id, hideReason);
            back("The suggestion is hidden from the group. Its author has been told why.");
        } catch (Refusal e) {
            Forms.refuse("hide:reason", e.getMessage());
        }
    }

    public void hideComment(long commentId) throws IOException {
        try {
            moderation.hideComment(commentId, hideReason);
            back("The comment is hidden from the group. Its author has been told why.");
        } catch (Refusal e) {
            Forms.refuse("hide:reason", e.getMessage());
        }
    }

    public void unhide() throws IOException {
        moderation.unhideSuggestion(id);
        back("The suggestion is shown to the group again.");
    }

    private void back(String message) throws IOException {
        Forms.redirect("suggestion.xhtml?id=" + id, message);
    }

    public boolean isFacilitator() {
        return Forms.isInRole(PortalRole.Names.FACILITATOR) || Forms.isInRole(PortalRole.Names.ADMIN);
    }

    public boolean isMember() {
        return Forms.isInRole(PortalRole.Names.MEMBER);
    }

    public String statusLabel(String name) {
        return SuggestionStatus.valueOf(name).label();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SuggestionDetail getDetail() {
        return detail;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getEasyReadResponse() {
        return easyReadResponse;
    }

    public void setEasyReadResponse(String easyReadResponse) {
        this.easyReadResponse = easyReadResponse;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }
}
