package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.paging.Page;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.application.Contributions;
import org.mspportal.referencegroup.application.Discussion;
import org.mspportal.referencegroup.application.MemberSummary;
import org.mspportal.referencegroup.application.Membership;
import org.mspportal.referencegroup.application.Posted;
import org.mspportal.referencegroup.application.SuggestionCard;
import org.mspportal.referencegroup.application.TopicSummary;
import org.mspportal.referencegroup.application.Topics;

/** A policy topic: its question, the group's suggestions (a page at a time), and the form to suggest. */
@Named
@ViewScoped
public class TopicView implements Serializable {

    static final String HELD = "Thank you. A facilitator will read this before others in the group see it, and may get in touch with you.";

    @Inject
    Topics topics;

    @Inject
    Discussion discussion;

    @Inject
    Contributions contributions;

    @Inject
    Membership membership;

    private Long id;
    private int page = 1;
    private TopicSummary topic;
    private Page<SuggestionCard> suggestions;
    private String refusal;
    private String text;
    private Long forMember;
    private List<MemberSummary> members;

    public void load() {
        try {
            topic = topics.topic(id == null ? -1 : id);
            suggestions = discussion.suggestions(topic.id(), page);
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public void suggest() throws IOException {
        try {
            Posted posted = isFacilitator()
                    ? contributions.suggestFor(forMember == null ? -1 : forMember, topic.id(), text)
                    : contributions.suggest(topic.id(), text);
            Forms.redirect("topic.xhtml?id=" + topic.id(), posted.heldForReview() ? HELD
                    : "Thank you. Your suggestion is saved and the group can see it.");
        } catch (Refusal e) {
            Forms.refuse(isFacilitator() && forMember == null ? "suggest:forMember" : "suggest:text", e.getMessage());
        }
    }

    public void support(long suggestionId) throws IOException {
        try {
            contributions.support(suggestionId);
            Forms.redirect("topic.xhtml?id=" + topic.id() + "&page=" + page, "Thank you. You agreed with this suggestion.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public boolean isFacilitator() {
        return Forms.isInRole(PortalRole.Names.FACILITATOR) || Forms.isInRole(PortalRole.Names.ADMIN);
    }

    public boolean isCanSuggest() {
        return topic != null && topic.open() && (isFacilitator() || Forms.isInRole(PortalRole.Names.MEMBER));
    }

    public List<MemberSummary> getMembers() {
        if (members == null) {
            members = isFacilitator() && topic != null ? membership.members(topic.groupId()) : List.of();
        }
        return members;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public TopicSummary getTopic() {
        return topic;
    }

    public Page<SuggestionCard> getSuggestions() {
        return suggestions;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getForMember() {
        return forMember;
    }

    public void setForMember(Long forMember) {
        this.forMember = forMember;
    }
}
