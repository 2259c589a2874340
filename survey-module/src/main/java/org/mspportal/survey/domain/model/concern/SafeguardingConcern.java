package org.mspportal.survey.domain.model.concern;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;

/**
 * A concern raised by a feedback response: the reasons (codes, never the words) and the pages they came
 * from. It stays open until someone acknowledges it and records what they did; left open too long, it is
 * escalated to the safeguarding leads once. Further worrying answers on the same response add to the open
 * concern rather than raising another.
 */
@Entity
@Table(name = "survey_safeguarding_concern")
@NamedQuery(name = "SafeguardingConcern.openFor",
        query = "SELECT c FROM SafeguardingConcern c WHERE c.response = :response AND c.acknowledgedAt IS NULL")
@NamedQuery(name = "SafeguardingConcern.open",
        query = "SELECT c FROM SafeguardingConcern c JOIN FETCH c.enquiry WHERE c.acknowledgedAt IS NULL ORDER BY c.raisedAt")
@NamedQuery(name = "SafeguardingConcern.countOpen",
        query = "SELECT COUNT(c) FROM SafeguardingConcern c WHERE c.acknowledgedAt IS NULL")
@NamedQuery(name = "SafeguardingConcern.countOverdue",
        query = "SELECT COUNT(c) FROM SafeguardingConcern c WHERE c.acknowledgedAt IS NULL AND c.raisedAt < :before")
@NamedQuery(name = "SafeguardingConcern.dueForEscalation",
        query = "SELECT c FROM SafeguardingConcern c WHERE c.acknowledgedAt IS NULL AND c.escalatedAt IS NULL AND c.raisedAt < :before")
@NamedQuery(name = "SafeguardingConcern.ofEnquiry",
        query = "SELECT c FROM SafeguardingConcern c WHERE c.enquiry = :enquiry ORDER BY c.raisedAt DESC")
public class SafeguardingConcern {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private FeedbackResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enquiry_id")
    private Enquiry enquiry;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** Reason codes, comma-separated, in the order they arose. */
    @Column(nullable = false, length = 400)
    private String reasons;

    /** The pages (step keys) the reasons came from, comma-separated. */
    @Column(nullable = false, length = 400)
    private String steps;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 80)
    private String acknowledgedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ConcernAction action;

    @Column(name = "action_note", length = MAX_NOTE)
    private String actionNote;

    protected SafeguardingConcern() {
    }

    public SafeguardingConcern(FeedbackResponse response, ConcernReason reason, String step, Instant at) {
        this.response = response;
        this.enquiry = response.getEnquiry();
        this.teamId = response.getEnquiry().getTeamId();
        this.raisedAt = at;
        this.reasons = reason.name();
        this.steps = step;
    }

    /** Another worrying answer on the same response; says whether it was new. */
    public boolean add(ConcernReason reason, String step) {
        Set<String> knownReasons = split(reasons);
        Set<String> knownSteps = split(steps);
        boolean changed = knownReasons.add(reason.name()) | knownSteps.add(step);
        reasons = String.join(",", knownReasons);
        steps = String.join(",", knownSteps);
        return changed;
    }

    /**
     * Someone has read it and acted: what they did, and in their words why or how. A note is always
     * needed, and "no action" must say why.
     */
    public void acknowledge(ConcernAction what, String note, String by, Instant at) {
        if (acknowledgedAt != null) {
            throw new Refusal("This concern has already been acknowledged by " + acknowledgedBy + ".");
        }
        if (what == null) {
            throw new Refusal("Choose what you did about this concern.");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new Refusal(what == ConcernAction.NO_ACTION
                    ? "Say why no action is needed."
                    : "Say what you did, for example when you spoke to the person and what was agreed.");
        }
        if (text.codePointCount(0, text.length()) > MAX_NOTE) {
            throw new Refusal("Keep what you did to " + MAX_NOTE + " characters or fewer.");
        }
        this.action = what;
        this.actionNote = text;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    /** Open for longer than the limit: due to be escalated, once. */
    public boolean isOverdue(Instant now, Duration limit) {
        return acknowledgedAt == null && raisedAt.plus(limit).isBefore(now);
    }

    public void escalate(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    public List<ConcernReason> reasonList() {
        return split(reasons).stream().map(ConcernReason::valueOf).toList();
    }

    public List<String> stepList() {
        return List.copyOf(split(steps));
    }

    private static Set<String> split(String joined) {
        return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    public Long getId() {
        return id;
    }

    public FeedbackResponse getResponse() {
        return response;
    }

    public Enquiry getEnquiry() {
        return enquiry;
    }

    public long getTeamId() {
        return teamId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public ConcernAction getAction() {
        return action;
    }

    public String getActionNote() {
        return actionNote;
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
