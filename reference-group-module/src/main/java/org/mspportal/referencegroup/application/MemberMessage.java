package org.mspportal.referencegroup.application;

import java.time.Instant;

import org.mspportal.referencegroup.domain.model.notification.MemberNotification;

/** A message to a member (a response to their suggestion, say), as their page lists it. */
public record MemberMessage(long id, String message, String link, Instant createdAt, boolean read) {

    static MemberMessage of(MemberNotification notification) {
        return new MemberMessage(notification.getId(), notification.getMessage(), notification.getLink(),
                notification.getCreatedAt(), notification.isRead());
    }
}
