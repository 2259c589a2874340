package org.mspportal.referencegroup.domain.model.group;

import org.mspportal.core.rule.Refusal;

/** How long each kind of text may be: the same numbers in the database, the forms' counters and the rules. */
public final class TextLimits {

    public static final int SUGGESTION = 2000;
    public static final int COMMENT = 1000;
    public static final int RESPONSE = 2000;
    public static final int EASY_READ_RESPONSE = 1000;
    public static final int HIDDEN_REASON = 300;
    public static final int NAME = 120;
    public static final int FIRST_NAME = 60;
    public static final int OTHER_NEEDS = 500;
    public static final int TOPIC_TITLE = 120;
    public static final int TOPIC_QUESTION = 500;

    private TextLimits() {
    }

    /**
     * The text stripped of surrounding space, or a refusal naming what is missing or too long, for the field it
     * concerns. Length is counted in characters as a person sees them (code points), as the counters do.
     */
    public static String require(String field, String text, int max, String what) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new Refusal(field, "Write " + what + " first.");
        }
        long length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            throw new Refusal(field, "Make " + what + " shorter: it has " + length
                    + " characters and can have " + max + ".");
        }
        return stripped;
    }

    /** Like {@link #require}, but empty text is allowed and becomes null. */
    public static String optional(String field, String text, int max, String what) {
        return text == null || text.isBlank() ? null : require(field, text, max, what);
    }
}
