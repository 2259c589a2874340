package org.mspportal.referencegroup.domain.model.topic;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.Member;

/** "I agree": one member's support for a suggestion, at most once each. */
@Entity
@Table(name = "rg_support", uniqueConstraints = @UniqueConstraint(columnNames = {"suggestion_id", "member_id"}))
@NamedQuery(name = "Support.exists", query = "SELECT COUNT(s) FROM Support s WHERE s.suggestion = :suggestion AND s.member = :member")
@NamedQuery(name = "Support.supporters", query = "SELECT s.member FROM Support s WHERE s.suggestion = :suggestion")
@NamedQuery(name = "Support.byMemberIn", query = "SELECT s.suggestion.id FROM Support s WHERE s.member = :member AND s.suggestion.topic = :topic")
public class Support {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Support() {
    }

    /**
     * A member's support, checked against the rules: not for their own suggestion, not twice, and only for
     * one they can see.
     */
    public static Support of(Suggestion suggestion, Member member, boolean alreadySupported, Instant at) {
        if (suggestion.isBy(member)) {
            throw new Refusal("This is your own suggestion, so you cannot add your support to it.");
        }
        if (alreadySupported) {
            throw new Refusal("You have already said you agree with this suggestion. Each member can agree once.");
        }
        if (!suggestion.isVisibleToOthers()) {
            throw new Refusal("This suggestion cannot be supported at the moment.");
        }
        Support support = new Support();
        support.suggestion = suggestion;
        support.member = member;
        support.createdAt = at;
        suggestion.countSupport();
        return support;
    }
}
