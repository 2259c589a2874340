package org.mspportal.referencegroup.domain.model.topic;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** A member's comment on a suggestion. */
@Entity
@Table(name = "rg_comment")
@NamedQuery(name = "SuggestionComment.on", query = "SELECT c FROM SuggestionComment c JOIN FETCH c.author WHERE c.suggestion = :suggestion ORDER BY c.createdAt, c.id")
public class SuggestionComment extends Contribution {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    protected SuggestionComment() {
    }

    public SuggestionComment(Suggestion suggestion, Member author, String text, String recordedBy, Instant createdAt) {
        super(author, text, TextLimits.COMMENT, "your comment", recordedBy, createdAt);
        this.suggestion = suggestion;
    }

    public Suggestion getSuggestion() {
        return suggestion;
    }
}
