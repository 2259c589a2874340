package org.mspportal.referencegroup.domain.model.disclosure;

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

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/**
 * A private alert for facilitators: a contribution that read like a disclosure was held back. The
 * facilitator follows the safeguarding procedure, then releases the words to the group or keeps them hidden.
 */
@Entity
@Table(name = "rg_disclosure_alert")
@NamedQuery(name = "DisclosureAlert.openIn", query = "SELECT a FROM DisclosureAlert a WHERE a.group = :group AND a.resolvedAt IS NULL ORDER BY a.raisedAt")
public class DisclosureAlert {

    /** What was held. */
    public enum Held { SUGGESTION, COMMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private ReferenceGroup group;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Held held;

    @Column(name = "contribution_id", nullable = false)
    private long contributionId;

    /** The rule's name, never the words. */
    @Column(name = "matched_rule", nullable = false, length = 40)
    private String matchedRule;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 80)
    private String resolvedBy;

    @Column(name = "resolution", length = 300)
    private String resolution;

    protected DisclosureAlert() {
    }

    public DisclosureAlert(ReferenceGroup group, Held held, long contributionId, String matchedRule, Instant raisedAt) {
        this.group = group;
        this.held = held;
        this.contributionId = contributionId;
        this.matchedRule = matchedRule;
        this.raisedAt = raisedAt;
    }

    public void resolve(String note, String by, Instant at) {
        if (resolvedAt != null) {
            throw new Refusal("This alert has already been dealt with.");
        }
        if (note == null || note.isBlank()) {
            throw new Refusal("Say what you did, for example \"Raised a safeguarding concern\" or \"Not a disclosure\".");
        }
        this.resolution = note.strip().length() > 300 ? note.strip().substring(0, 300) : note.strip();
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ReferenceGroup getGroup() {
        return group;
    }

    public Held getHeld() {
        return held;
    }

    public long getContributionId() {
        return contributionId;
    }

    public String getMatchedRule() {
        return matchedRule;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
