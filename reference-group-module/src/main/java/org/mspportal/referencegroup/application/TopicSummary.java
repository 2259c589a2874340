package org.mspportal.referencegroup.application;

import java.time.LocalDate;

import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;

/** A topic as pages show it. */
public record TopicSummary(long id, long groupId, String groupName, String title, String question, String easyReadQuestion,
                           LocalDate opensOn, LocalDate closesOn, boolean open, boolean closed) {

    static TopicSummary of(PolicyTopic t, LocalDate today) {
        return new TopicSummary(t.getId(), t.getGroup().getId(), t.getGroup().getName(), t.getTitle(), t.getQuestion(),
                t.getEasyReadQuestion(), t.getOpensOn(), t.getClosesOn(), t.isOpenOn(today), today.isAfter(t.getClosesOn()));
    }
}
