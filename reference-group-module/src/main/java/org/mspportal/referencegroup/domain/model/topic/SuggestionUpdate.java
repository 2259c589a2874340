package org.mspportal.referencegroup.domain.model.topic;

import java.time.Instant;

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

import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** One step in what became of a suggestion, kept so members can follow it from start to end. */
@Entity
@Table(name = "rg_suggestion_update")
@NamedQuery(name = "SuggestionUpdate.of", query = "SELECT u FROM SuggestionUpdate u WHERE u.suggestion = :suggestion ORDER BY u.changedAt, u.id")
public class SuggestionUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status;

    @Column(nullable = false, length = TextLimits.RESPONSE)
    private String response;

    @Column(name = "easy_read_response", nullable = false, length = TextLimits.EASY_READ_RESPONSE)
    private String easyReadResponse;

    @Column(name = "changed_by", nullable = false, length = 80)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SuggestionUpdate() {
    }

    SuggestionUpdate(Suggestion suggestion, SuggestionStatus status, String response, String easyReadResponse,
                     String changedBy, Instant changedAt) {
        this.suggestion = suggestion;
        this.status = status;
        this.response = response;
        this.easyReadResponse = easyReadResponse;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Suggestion getSuggestion() {
        return suggestion;
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

    public Instant getChangedAt() {
        return changedAt;
    }
}
