package org.mspportal.referencegroup.domain.model.topic;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/**
 * Words a member put to the group (a suggestion or a comment), and what moderation did with them.
 * Others see a contribution only when it is neither hidden by a facilitator nor held back by the
 * disclosure check; its author always sees it, with the reason if it was hidden.
 */
@MappedSuperclass
public abstract class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(name = "body", nullable = false, length = TextLimits.SUGGESTION)
    private String text;

    /** The facilitator who wrote it down for the member, or null if the member wrote it. */
    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "held_for_review", nullable = false)
    private boolean heldForReview;

    @Column(name = "hidden_reason", length = TextLimits.HIDDEN_REASON)
    private String hiddenReason;

    @Column(name = "hidden_by", length = 80)
    private String hiddenBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected Contribution() {
    }

    protected Contribution(Member author, String text, int maxLength, String what, String recordedBy, Instant createdAt) {
        this.author = author;
        this.text = TextLimits.require("text", text, maxLength, what);
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    /** Held back from others until a facilitator has read it (the disclosure check). */
    public void holdForReview() {
        this.heldForReview = true;
    }

    /** The facilitator has read it and found it can be shown. */
    public void release() {
        this.heldForReview = false;
    }

    public void hide(String reason, String by, Instant at) {
        this.hiddenReason = TextLimits.require("hiddenReason", reason, TextLimits.HIDDEN_REASON, "the reason for hiding it (the author will see it)");
        this.hiddenBy = by;
        this.hiddenAt = at;
        this.heldForReview = false;
    }

    public void unhide() {
        if (hiddenReason == null) {
            throw new Refusal("This is not hidden.");
        }
        this.hiddenReason = null;
        this.hiddenBy = null;
        this.hiddenAt = null;
    }

    public boolean isVisibleToOthers() {
        return !heldForReview && hiddenReason == null;
    }

    public boolean isVisibleTo(Member reader) {
        return isVisibleToOthers() || isBy(reader);
    }

    public boolean isBy(Member member) {
        return member != null && author.getId().equals(member.getId());
    }

    public Long getId() {
        return id;
    }

    public Member getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isHeldForReview() {
        return heldForReview;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
