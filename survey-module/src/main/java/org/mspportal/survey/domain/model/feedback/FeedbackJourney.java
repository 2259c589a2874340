package org.mspportal.survey.domain.model.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of the respondent's pages, one question each. The person's own outcomes come first, so
 * that "Have you got the outcomes you wanted?" follows from what they have just told us about each.
 *
 * <ol>
 *   <li>who is filling in the form;</li>
 *   <li>each of the person's recorded desired outcomes (up to three): did this happen?</li>
 *   <li>the six feedback questions of the staff guide;</li>
 *   <li>how safe they feel now (Q7a);</li>
 *   <li>what could we have done better; anything else.</li>
 * </ol>
 */
public final class FeedbackJourney {

    /** The longest free-text answer, counted in characters as a person sees them. */
    public static final int MAX_TEXT = 5000;

    public static final String DONE_BETTER = "done-better";
    public static final String ANYTHING_ELSE = "anything-else";

    private final List<FeedbackStep> steps;

    private FeedbackJourney(List<FeedbackStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The journey for a person whose enquiry recorded the given outcome positions (1 to 3). */
    public static FeedbackJourney forOutcomes(List<Integer> outcomePositions) {
        List<FeedbackStep> steps = new ArrayList<>();
        steps.add(FeedbackStep.who());
        outcomePositions.stream().sorted().forEach(p -> steps.add(FeedbackStep.outcome(p)));
        for (FeedbackQuestion question : FeedbackQuestion.values()) {
            steps.add(FeedbackStep.question(question));
        }
        steps.add(FeedbackStep.feelingSafe());
        steps.add(FeedbackStep.text(DONE_BETTER));
        steps.add(FeedbackStep.text(ANYTHING_ELSE));
        return new FeedbackJourney(steps);
    }

    public List<FeedbackStep> steps() {
        return steps;
    }

    public int total() {
        return steps.size();
    }

    public Optional<FeedbackStep> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** "Question n of m": n counts from 1. */
    public int number(FeedbackStep step) {
        return steps.indexOf(step) + 1;
    }

    public Optional<FeedbackStep> next(FeedbackStep step) {
        int i = steps.indexOf(step);
        return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }

    public Optional<FeedbackStep> previous(FeedbackStep step) {
        int i = steps.indexOf(step);
        return i > 0 ? Optional.of(steps.get(i - 1)) : Optional.empty();
    }

    /** Where a returning person carries on: the first page not yet answered, or none when all are. */
    public Optional<FeedbackStep> firstUnanswered(Map<String, Reply> replies) {
        return steps.stream().filter(s -> !replies.containsKey(s.key())).findFirst();
    }

    /** Whether every page that needs a choice has one, so the answers can be sent. */
    public Optional<FeedbackStep> firstMissingChoice(Map<String, Reply> replies) {
        return steps.stream()
                .filter(FeedbackStep::choiceRequired)
                .filter(s -> replies.get(s.key()) == null || replies.get(s.key()).choice() == null)
                .findFirst();
    }

    /**
     * Checks one page's answer. Returns the reason it cannot be saved (a message key), or empty.
     * A choice not offered on the page (a forged form) is refused, never stored.
     */
    public Optional<String> problemWith(FeedbackStep step, String choice, String detail) {
        if (choice != null && !step.choices().contains(choice)) {
            return Optional.of("error.choice.unknown");
        }
        if (choice == null && step.choiceRequired()) {
            return Optional.of(step.kind() == FeedbackStep.Kind.WHO ? "error.who.missing" : "error.choice.missing");
        }
        if (detail != null && !step.hasDetail()) {
            return Optional.of("error.choice.unknown");
        }
        if (detail != null && lengthAsSeen(detail) > MAX_TEXT) {
            return Optional.of("error.text.tooLong");
        }
        return Optional.empty();
    }

    /**
     * The length a person sees: characters, not UTF-16 units, and a line break counts once although
     * browsers send it as two characters.
     */
    public static int lengthAsSeen(String text) {
        String lines = text.replace("\r\n", "\n");
        return lines.codePointCount(0, lines.length());
    }

    /** One saved answer: the chosen code (if the page has choices) and what the person typed. */
    public record Reply(String choice, String detail) {
    }
}
