package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.SessionDetail;
import org.mspportal.referencegroup.application.Sessions;
import org.mspportal.referencegroup.domain.model.session.ActionStatus;
import org.mspportal.referencegroup.domain.model.session.Answer;
import org.mspportal.referencegroup.domain.model.session.Rsvp;

/** A session's page: members reply and give feedback; facilitators record attendance, notes and actions. */
@Named
@ViewScoped
public class SessionView implements Serializable {

    @Inject
    Sessions sessions;

    private Long id;
    private SessionDetail detail;
    private String refusal;

    private Rsvp reply;
    private String needsNote;
    private Answer listenedTo;
    private Answer venueRight;
    private String whatToChange;
    private List<String> came = new ArrayList<>();
    private String notes;
    private String actionDescription;
    private String actionOwner;
    private LocalDate actionDue;

    public void load() {
        try {
            detail = sessions.session(id == null ? -1 : id);
            reply = detail.myReply() == null || detail.myReply().equals("NO_REPLY") ? null : Rsvp.valueOf(detail.myReply());
            needsNote = detail.myNeedsNote();
            notes = detail.notes();
            came = detail.invitations().stream().filter(i -> Boolean.TRUE.equals(i.attended()))
                    .map(i -> String.valueOf(i.memberId())).collect(Collectors.toCollection(ArrayList::new));
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public void sendReply() throws IOException {
        try {
            sessions.reply(id, reply, needsNote);
            back(reply == Rsvp.NOT_COMING ? "Thank you for letting us know." : "Thank you. Your reply and what you need are saved.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "reply");
        }
    }

    public void sendFeedback() throws IOException {
        try {
            sessions.giveFeedback(id, listenedTo, venueRight, whatToChange);
            back("Thank you for your feedback.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "feedback");
        }
    }

    public void saveAttendance() throws IOException {
        try {
            sessions.recordAttendance(id, new HashSet<>(came.stream().map(Long::valueOf).toList()));
            back("Attendance saved.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public void saveNotes() throws IOException {
        try {
            sessions.recordNotes(id, notes);
            back("Notes saved.");
        } catch (Refusal e) {
            Forms.refuse("notes:text", e.getMessage());
        }
    }

    public void addAction() throws IOException {
        try {
            sessions.addAction(id, actionDescription, actionOwner, actionDue);
            back("Action added.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "action");
        }
    }

    public void moveAction(long actionId, String status) throws IOException {
        sessions.moveAction(actionId, ActionStatus.valueOf(status));
        back("Action updated.");
    }

    private void back(String message) throws IOException {
        Forms.redirect("session.xhtml?id=" + id, message);
    }

    public boolean isFacilitator() {
        return Forms.isInRole(PortalRole.Names.FACILITATOR) || Forms.isInRole(PortalRole.Names.ADMIN);
    }

    public boolean isMember() {
        return Forms.isInRole(PortalRole.Names.MEMBER);
    }

    public Rsvp[] getReplies() {
        return new Rsvp[] {Rsvp.COMING, Rsvp.MAYBE, Rsvp.NOT_COMING};
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionDetail getDetail() { return detail; }
    public String getRefusal() { return refusal; }
    public Rsvp getReply() { return reply; }
    public void setReply(Rsvp reply) { this.reply = reply; }
    public String getNeedsNote() { return needsNote; }
    public void setNeedsNote(String needsNote) { this.needsNote = needsNote; }
    public Answer getListenedTo() { return listenedTo; }
    public void setListenedTo(Answer listenedTo) { this.listenedTo = listenedTo; }
    public Answer getVenueRight() { return venueRight; }
    public void setVenueRight(Answer venueRight) { this.venueRight = venueRight; }
    public String getWhatToChange() { return whatToChange; }
    public void setWhatToChange(String whatToChange) { this.whatToChange = whatToChange; }
    public List<String> getCame() { return came; }
    public void setCame(List<String> came) { this.came = came; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String actionOwner) { this.actionOwner = actionOwner; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate actionDue) { this.actionDue = actionDue; }
}
