package org.mspportal.survey.domain.model.feedback;

import java.util.Arrays;
import java.util.List;

import org.mspportal.survey.domain.model.enquiry.FeelingSafe;

/**
 * One page of the respondent's journey: one question. Its key names it in addresses and in stored
 * replies ("who", "outcome-2", "LISTENED_TO", "feeling-safe", "done-better", "anything-else").
 */
public record FeedbackStep(String key, Kind kind, FeedbackQuestion question, int outcomePosition) {

    /** What sort of answer the step takes. */
    public enum Kind {
        /** Who is filling in the form: one of {@link WhoAnswered}. */
        WHO,
        /** "You told us you wanted …: did this happen?" for one of the person's own outcomes. */
        OUTCOME,
        /** One of the six feedback questions. */
        QUESTION,
        /** The Adult Social Care Survey Q7a scale, or "I'd rather not say". */
        FEELING_SAFE,
        /** Free text only. */
        TEXT
    }

    public static final String RATHER_NOT_SAY = FeedbackAnswer.RATHER_NOT_SAY.name();

    static FeedbackStep who() {
        return new FeedbackStep("who", Kind.WHO, null, 0);
    }

    static FeedbackStep outcome(int position) {
        return new FeedbackStep("outcome-" + position, Kind.OUTCOME, null, position);
    }

    static FeedbackStep question(FeedbackQuestion question) {
        return new FeedbackStep(question.name(), Kind.QUESTION, question, 0);
    }

    static FeedbackStep feelingSafe() {
        return new FeedbackStep("feeling-safe", Kind.FEELING_SAFE, null, 0);
    }

    static FeedbackStep text(String key) {
        return new FeedbackStep(key, Kind.TEXT, null, 0);
    }

    /** The answer codes a person can choose on this page; none for a text-only page. */
    public List<String> choices() {
        return switch (kind) {
            case WHO -> names(WhoAnswered.values());
            case OUTCOME, QUESTION -> names(FeedbackAnswer.values());
            case FEELING_SAFE -> {
                List<String> safe = new java.util.ArrayList<>(names(FeelingSafe.values()));
                safe.add(RATHER_NOT_SAY);
                yield List.copyOf(safe);
            }
            case TEXT -> List.of();
        };
    }

    /** Whether a choice must be made before moving on (every page but free text, which is optional). */
    public boolean choiceRequired() {
        return kind != Kind.TEXT;
    }

    /** Whether the page has a "tell us more" box (text pages are nothing but that box). */
    public boolean hasDetail() {
        return kind == Kind.OUTCOME || kind == Kind.QUESTION || kind == Kind.TEXT;
    }

    /** The key of the wording in the questionnaire definition: one wording serves every outcome page. */
    public String wordingKey() {
        return kind == Kind.OUTCOME ? "outcome" : key;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
