package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.application.AlertView;
import org.mspportal.referencegroup.application.GroupSummary;
import org.mspportal.referencegroup.application.MemberSummary;
import org.mspportal.referencegroup.application.Membership;
import org.mspportal.referencegroup.application.Moderation;
import org.mspportal.referencegroup.application.ParticipationFigures;
import org.mspportal.referencegroup.application.ReferenceGroups;
import org.mspportal.referencegroup.application.SessionSummary;
import org.mspportal.referencegroup.application.Sessions;
import org.mspportal.referencegroup.application.TopicSummary;
import org.mspportal.referencegroup.application.Topics;

/** The facilitator's page for a group: alerts first, then members and their needs, topics, and figures. */
@Named
@ViewScoped
public class GroupView implements Serializable {

    @Inject
    ReferenceGroups groups;

    @Inject
    Membership membership;

    @Inject
    Topics topics;

    @Inject
    Moderation moderation;

    @Inject
    Sessions sessionService;

    private Long id;
    private GroupSummary group;
    private List<MemberSummary> members;
    private List<TopicSummary> topicList;
    private List<AlertView> alerts;
    private ParticipationFigures figures;
    private List<SessionSummary> sessions;
    private String refusal;

    private String title;
    private String question;
    private String easyReadQuestion;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String alertNote;
    private String reasonForAuthor;

    public void load() {
        try {
            group = groups.group(id == null ? -1 : id);
            members = membership.members(id);
            topicList = topics.ofGroup(id);
            alerts = moderation.openAlerts(id);
            figures = groups.figures(id);
            sessions = sessionService.ofGroup(id);
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public void createTopic() throws IOException {
        try {
            long topic = topics.create(id, title, question, easyReadQuestion, opensOn, closesOn);
            Forms.redirect("topic.xhtml?id=" + topic, "The topic is ready. Members can make suggestions while it is open.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "topic");
        }
    }

    public void release(long alertId) throws IOException {
        resolve(alertId, true);
    }

    public void keepHidden(long alertId) throws IOException {
        resolve(alertId, false);
    }

    private void resolve(long alertId, boolean release) throws IOException {
        try {
            moderation.resolveAlert(alertId, alertNote, release, reasonForAuthor);
            Forms.redirect("group.xhtml?id=" + id, release ? "The words are now shown to the group." : "The words stay hidden from the group.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GroupSummary getGroup() {
        return group;
    }

    public List<MemberSummary> getMembers() {
        return members;
    }

    public List<TopicSummary> getTopics() {
        return topicList;
    }

    public List<AlertView> getAlerts() {
        return alerts;
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }

    public ParticipationFigures getFigures() {
        return figures;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getEasyReadQuestion() {
        return easyReadQuestion;
    }

    public void setEasyReadQuestion(String easyReadQuestion) {
        this.easyReadQuestion = easyReadQuestion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getAlertNote() {
        return alertNote;
    }

    public void setAlertNote(String alertNote) {
        this.alertNote = alertNote;
    }

    public String getReasonForAuthor() {
        return reasonForAuthor;
    }

    public void setReasonForAuthor(String reasonForAuthor) {
        this.reasonForAuthor = reasonForAuthor;
    }
}
