package org.mspportal.survey.domain.model.feedback;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Table;

/**
 * What a respondent's browser holds instead of the invitation's secret: a random session token in
 * a cookie, stored here only as a hash. Kept in the database, not the HTTP session, so that a page
 * left open for an hour or a server restart mid-survey loses nothing.
 */
@Entity
@Table(name = "survey_respondent_session")
@NamedQuery(name = "RespondentSession.byTokenHash",
        query = "SELECT s FROM RespondentSession s WHERE s.tokenHash = :hash")
/** Every respondent page needs the response, its invitation and its enquiry: one query, not four. */
@NamedEntityGraph(name = RespondentSession.WITH_RESPONSE,
        attributeNodes = @NamedAttributeNode(value = "response", subgraph = "response"),
        subgraphs = @NamedSubgraph(name = "response",
                attributeNodes = {@NamedAttributeNode("invitation"), @NamedAttributeNode("enquiry")}))
@NamedQuery(name = "RespondentSession.openForResponse",
        query = "SELECT s FROM RespondentSession s WHERE s.response = :response AND s.endedAt IS NULL")
public class RespondentSession {

    public static final String WITH_RESPONSE = "RespondentSession.withResponse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private FeedbackResponse response;

    @Column(name = "assisted_by", length = 80)
    private String assistedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected RespondentSession() {
    }

    public RespondentSession(String tokenHash, FeedbackResponse response, String assistedBy, Instant at) {
        this.tokenHash = tokenHash;
        this.response = response;
        this.assistedBy = assistedBy;
        this.createdAt = at;
        this.lastSeenAt = at;
    }

    /** Usable if not ended, seen within the idle limit, and younger than the absolute limit. */
    public boolean isLiveAt(Instant now, Duration idleLimit, Duration absoluteLimit) {
        return endedAt == null
                && now.isBefore(lastSeenAt.plus(idleLimit))
                && now.isBefore(createdAt.plus(absoluteLimit));
    }

    /** Marks the session as in use; at most once a minute, so that reading a page seldom writes. */
    public void seenAt(Instant now) {
        if (!now.isBefore(lastSeenAt.plusSeconds(60))) {
            lastSeenAt = now;
        }
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public FeedbackResponse getResponse() {
        return response;
    }

    public String getAssistedBy() {
        return assistedBy;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
