package org.mspportal.referencegroup.application;

import java.time.Instant;

import org.mspportal.referencegroup.domain.model.topic.Suggestion;

/**
 * A suggestion as the group's discussion shows it. Moderation details (held, hidden and why) are
 * filled in only for its author and for staff.
 */
public record SuggestionCard(long id, long topicId, String topicTitle, String text, String author, boolean mine,
                             Instant createdAt, boolean recordedForMember, String status, String statusEasyRead,
                             String response, String easyReadResponse, int supportCount, boolean supportedByMe,
                             boolean canSupport, boolean held, String hiddenReason) {

    static SuggestionCard of(Suggestion s, Reader reader, boolean supportedByMe) {
        boolean mine = s.isBy(reader.member());
        boolean seesModeration = mine || reader.moderator();
        return new SuggestionCard(s.getId(), s.getTopic().getId(), s.getTopic().getTitle(), s.getText(),
                s.getAuthor().getFirstName(), mine, s.getCreatedAt(), s.getRecordedBy() != null, s.getStatus().label(),
                s.getStatus().easyRead(), s.getResponse(), s.getEasyReadResponse(), s.getSupportCount(), supportedByMe,
                reader.isMember() && !mine && !supportedByMe && s.isVisibleToOthers(),
                seesModeration && s.isHeldForReview(), seesModeration ? s.getHiddenReason() : null);
    }
}
