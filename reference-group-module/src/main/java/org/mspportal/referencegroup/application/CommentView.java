package org.mspportal.referencegroup.application;

import java.time.Instant;

import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;

/** A comment as the discussion shows it; moderation details only for its author and staff. */
public record CommentView(long id, String text, String author, boolean mine, Instant createdAt, boolean held,
                          String hiddenReason) {

    static CommentView of(SuggestionComment c, Reader reader) {
        boolean mine = c.isBy(reader.member());
        boolean seesModeration = mine || reader.moderator();
        return new CommentView(c.getId(), c.getText(), c.getAuthor().getFirstName(), mine, c.getCreatedAt(),
                seesModeration && c.isHeldForReview(), seesModeration ? c.getHiddenReason() : null);
    }
}
