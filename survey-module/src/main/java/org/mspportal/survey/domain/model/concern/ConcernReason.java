package org.mspportal.survey.domain.model.concern;

import java.util.Optional;

import org.mspportal.core.safeguarding.DisclosureCheck;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/**
 * Why an answer raises a concern: the person feels less than adequately safe or not at all safe (the two
 * lowest answers of the Adult Social Care Survey's question), or their words read like a disclosure of
 * harm or risk now. Stored as a code; never the words.
 */
public enum ConcernReason {
    FEELS_LESS_THAN_ADEQUATELY_SAFE("Says they feel less than adequately safe"),
    FEELS_NOT_AT_ALL_SAFE("Says they do not feel at all safe"),
    WORDS_RISK_TO_LIFE("Wrote words that read like a risk to their life"),
    WORDS_FEELS_UNSAFE("Wrote words that read like feeling unsafe or afraid now"),
    WORDS_HARM_NOW("Wrote words that read like harm still happening"),
    WORDS_GRAVE_HARM("Wrote words that read like serious harm"),
    WORDS_CONTROL_NOW("Wrote words that read like being controlled or kept in"),
    WORDS_MONEY_TAKEN("Wrote words that read like money or belongings being taken"),
    WORDS_NEGLECT_NOW("Wrote words that read like neglect still happening"),
    WORDS_CONFIGURED_PHRASE("Wrote a phrase the council listed as a concern"),
    WORDS_LIKE_KNOWN_DISCLOSURES("Wrote words like those of people disclosing harm");

    private final String description;

    ConcernReason(String description) {
        this.description = description;
    }

    /** Plain words for staff, such as "Says they do not feel at all safe". */
    public String description() {
        return description;
    }

    /** The reason one saved answer raises a concern, if it does: the feeling-safe answer first, then the words. */
    public static Optional<ConcernReason> in(FeedbackStep step, String choice, String detail, DisclosureCheck words) {
        if (step.kind() == FeedbackStep.Kind.FEELING_SAFE && choice != null) {
            if (choice.equals(FeelingSafe.NOT_AT_ALL_SAFE.name())) {
                return Optional.of(FEELS_NOT_AT_ALL_SAFE);
            }
            if (choice.equals(FeelingSafe.LESS_THAN_ADEQUATELY_SAFE.name())) {
                return Optional.of(FEELS_LESS_THAN_ADEQUATELY_SAFE);
            }
        }
        return words.assess(detail).map(ConcernReason::of);
    }

    /** The reason for a rule of the disclosure check: one for each. */
    static ConcernReason of(DisclosureCheck.Rule rule) {
        return switch (rule) {
            case CONFIGURED_PHRASE -> WORDS_CONFIGURED_PHRASE;
            case RISK_TO_LIFE -> WORDS_RISK_TO_LIFE;
            case FEELS_UNSAFE -> WORDS_FEELS_UNSAFE;
            case HARM_NOW -> WORDS_HARM_NOW;
            case GRAVE_HARM -> WORDS_GRAVE_HARM;
            case CONTROL_NOW -> WORDS_CONTROL_NOW;
            case MONEY_TAKEN -> WORDS_MONEY_TAKEN;
            case NEGLECT_NOW -> WORDS_NEGLECT_NOW;
            case LIKE_KNOWN_DISCLOSURES -> WORDS_LIKE_KNOWN_DISCLOSURES;
        };
    }
}
