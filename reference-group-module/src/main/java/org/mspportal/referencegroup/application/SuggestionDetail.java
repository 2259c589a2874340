package org.mspportal.referencegroup.application;

import java.util.List;

/** A suggestion with its comments and what became of it, step by step. */
public record SuggestionDetail(SuggestionCard suggestion, long groupId, List<CommentView> comments, List<UpdateView> updates,
                               boolean topicOpen, List<String> nextStatuses) {
}
