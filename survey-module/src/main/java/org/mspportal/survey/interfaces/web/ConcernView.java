package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.web.PageMessages;
import org.mspportal.survey.application.ConcernSummary;
import org.mspportal.survey.application.SafeguardingConcerns;
import org.mspportal.survey.domain.model.concern.ConcernAction;

/** One safeguarding concern from feedback: why it was raised, and the form to acknowledge it. */
@Named
@ViewScoped
public class ConcernView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SafeguardingConcerns concerns;

    private String id;
    private ConcernSummary concern;
    private ConcernAction action;
    private String note;

    public void load() throws IOException {
        try {
            concern = concerns.concern(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | Refusal notFound) {
            EnquiryFormSupport.notFound();
        }
    }

    public void acknowledge() throws IOException {
        try {
            concerns.acknowledge(concern.id(), action, note);
            PageMessages.redirect("/survey/concern.xhtml?id=" + concern.id(), "Thank you: what you did is recorded with the concern.");
        } catch (Refusal refused) {
            EnquiryFormSupport.refuse(action == null ? "concern:action" : "concern:note", refused.getMessage());
        }
    }

    public List<ConcernAction> getActions() {
        return List.of(ConcernAction.values());
    }

    public ConcernSummary getConcern() {
        return concern;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ConcernAction getAction() {
        return action;
    }

    public void setAction(ConcernAction action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
