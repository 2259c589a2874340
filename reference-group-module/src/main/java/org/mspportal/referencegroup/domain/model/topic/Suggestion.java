package org.mspportal.referencegroup.domain.model.topic;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** A member's suggestion on a policy topic, and the council's answer to it. */
@Entity
@Table(name = "rg_suggestion")
public class Suggestion extends Contribution {

    /** The time within which a suggestion should get its first answer (a participation figure). */
    public static final Duration ANSWER_WITHIN = Duration.ofDays(28);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private PolicyTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status = SuggestionStatus.RECEIVED;

    @Column(length = TextLimits.RESPONSE)
    private String response;

    @Column(name = "easy_read_response", length = TextLimits.EASY_READ_RESPONSE)
    private String easyReadResponse;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    protected Suggestion() {
    }

    public Suggestion(PolicyTopic topic, Member author, String text, String recordedBy, Instant createdAt) {
        super(author, text, TextLimits.SUGGESTION, "your suggestion", recordedBy, createdAt);
        this.topic = topic;
        this.statusChangedAt = createdAt;
    }

    /**
     * Gives the council's answer: a new status (or the same, with a new response), in plain language and
     * in Easy Read. Returns the update to keep in the suggestion's history.
     */
    public SuggestionUpdate answer(SuggestionStatus newStatus, String plainResponse, String easyRead, String by, Instant at) {
        if (newStatus == null) {
            throw new Refusal("status", "Choose what has happened to the suggestion.");
        }
        if (newStatus != status && !status.next().contains(newStatus)) {
            throw new Refusal("status", "A suggestion that is \"" + status.label() + "\" cannot become \""
                    + newStatus.label() + "\".");
        }
        if (!newStatus.isAnswer()) {
            throw new Refusal("status", "Choose what has happened to the suggestion: it has already been received.");
        }
        String plain = TextLimits.require("response", plainResponse, TextLimits.RESPONSE, "the response");
        String easy = TextLimits.require("easyReadResponse", easyRead, TextLimits.EASY_READ_RESPONSE, "the Easy Read response");
        this.status = newStatus;
        this.response = plain;
        this.easyReadResponse = easy;
        this.statusChangedAt = at;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
        return new SuggestionUpdate(this, newStatus, plain, easy, by, at);
    }

    public boolean wasAnsweredWithin(Duration limit) {
        return firstAnsweredAt != null && !firstAnsweredAt.isAfter(getCreatedAt().plus(limit));
    }

    void countSupport() {
        supportCount++;
    }

    public PolicyTopic getTopic() {
        return topic;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public String getResponse() {
        return response;
    }

    public String getEasyReadResponse() {
        return easyReadResponse;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public int getSupportCount() {
        return supportCount;
    }
}
