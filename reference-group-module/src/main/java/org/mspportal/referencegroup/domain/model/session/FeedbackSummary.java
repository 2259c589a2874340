package org.mspportal.referencegroup.domain.model.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback form's answers for a session, summed up for the facilitator: how many said yes, partly
 * or no to each question, and what people would change (without names).
 */
public record FeedbackSummary(int responses, Map<Answer, Integer> listenedTo, Map<Answer, Integer> venueRight,
                              List<String> changes) {

    public static FeedbackSummary of(List<SessionFeedback> feedback) {
        Map<Answer, Integer> listened = new EnumMap<>(Answer.class);
        Map<Answer, Integer> venue = new EnumMap<>(Answer.class);
        for (Answer answer : Answer.values()) {
            listened.put(answer, 0);
            venue.put(answer, 0);
        }
        for (SessionFeedback f : feedback) {
            listened.merge(f.getListenedTo(), 1, Integer::sum);
            venue.merge(f.getVenueRight(), 1, Integer::sum);
        }
        List<String> changes = feedback.stream().map(SessionFeedback::getWhatToChange).filter(c -> c != null && !c.isBlank()).toList();
        return new FeedbackSummary(feedback.size(), listened, venue, changes);
    }

    /** For the page: "Yes 3, Partly 1, No 0". */
    public String line(Map<Answer, Integer> counts) {
        StringBuilder line = new StringBuilder();
        for (Answer answer : Answer.values()) {
            if (!line.isEmpty()) {
                line.append(", ");
            }
            line.append(answer.label()).append(' ').append(counts.get(answer));
        }
        return line.toString();
    }
}
