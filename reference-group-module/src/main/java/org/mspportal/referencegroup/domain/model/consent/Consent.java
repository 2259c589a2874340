package org.mspportal.referencegroup.domain.model.consent;

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

import org.mspportal.referencegroup.domain.model.group.Member;

/**
 * One dated version of a member's consent. Versions are never changed: a new choice, or a withdrawal,
 * is a new version, so the history shows what was allowed when.
 */
@Entity
@Table(name = "rg_consent")
@NamedQuery(name = "Consent.historyOf", query = "SELECT c FROM Consent c WHERE c.member = :member ORDER BY c.version DESC")
// Tuples, not entities: a list of 200 members' choices must not load 200 members.
@NamedQuery(name = "Consent.currentOfGroup", query = "SELECT c.member.id, c.practiceLearning, c.quoteAnonymously, c.quoteWithFirstName"
        + " FROM Consent c WHERE c.member.group = :group"
        + " AND NOT EXISTS (SELECT 1 FROM Consent later WHERE later.member = c.member AND later.version > c.version)")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false)
    private int version;

    @Column(name = "practice_learning", nullable = false)
    private boolean practiceLearning;

    @Column(name = "quote_anonymously", nullable = false)
    private boolean quoteAnonymously;

    @Column(name = "quote_first_name", nullable = false)
    private boolean quoteWithFirstName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The member themselves, or the facilitator who recorded it for them. */
    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    protected Consent() {
    }

    public Consent(Member member, int version, ConsentChoices choices, Instant recordedAt, String recordedBy) {
        this.member = member;
        this.version = version;
        this.practiceLearning = choices.practiceLearning();
        this.quoteAnonymously = choices.quoteAnonymously();
        this.quoteWithFirstName = choices.quoteWithFirstName();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public ConsentChoices choices() {
        return new ConsentChoices(practiceLearning, quoteAnonymously, quoteWithFirstName);
    }

    public Member getMember() {
        return member;
    }

    public int getVersion() {
        return version;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
