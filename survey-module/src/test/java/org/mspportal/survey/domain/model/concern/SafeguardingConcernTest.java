package org.mspportal.survey.domain.model.concern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.safeguarding.DisclosureCheck;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

class SafeguardingConcernTest {

    private static final DisclosureCheck WORDS = DisclosureCheck.withDefaults();
    private static final FeedbackJourney JOURNEY = FeedbackJourney.forOutcomes(List.of(1));

    @ParameterizedTest
    @CsvSource({
            "feeling-safe, NOT_AT_ALL_SAFE, , FEELS_NOT_AT_ALL_SAFE",
            "feeling-safe, LESS_THAN_ADEQUATELY_SAFE, , FEELS_LESS_THAN_ADEQUATELY_SAFE",
            "feeling-safe, ADEQUATELY_SAFE, , ",
            "feeling-safe, AS_SAFE_AS_I_WANT, , ",
            "feeling-safe, RATHER_NOT_SAY, , ",
            "LISTENED_TO, NO, 'The new carer still hits me every night and I am scared to tell anyone', WORDS_FEELS_UNSAFE",
            "LISTENED_TO, YES, 'The worker listened and I got what I wanted', ",
            "anything-else, , 'he has taken my bank card again', WORDS_MONEY_TAKEN",
    })
    void theFeelingSafeAnswerAtItsTwoLowestLevelsAndWordsOfHarmNowRaiseAConcern(String step, String choice, String words,
                                                                                String expected) {
        FeedbackStep page = JOURNEY.step(step).orElseThrow();
        assertEquals(Optional.ofNullable(expected).map(ConcernReason::valueOf), ConcernReason.in(page, choice, words, WORDS));
    }

    @Test
    void everyRuleOfTheDisclosureCheckHasAReasonStaffCanRead() {
        for (DisclosureCheck.Rule rule : DisclosureCheck.Rule.values()) {
            assertTrue(ConcernReason.of(rule).description().startsWith("Wrote "), rule.name());
        }
    }

    @Test
    void acknowledgingNeedsAnActionAndSaysWhyAndHappensOnce() {
        SafeguardingConcern concern = new SafeguardingConcern();
        Refusal noAction = assertThrows(Refusal.class,
                () -> concern.acknowledge(null, "rang", "lead", java.time.Instant.now()));
        assertEquals("Choose what you did about this concern.", noAction.getMessage());
        Refusal noReason = assertThrows(Refusal.class,
                () -> concern.acknowledge(ConcernAction.NO_ACTION, "  ", "lead", java.time.Instant.now()));
        assertEquals("Say why no action is needed.", noReason.getMessage());
        concern.acknowledge(ConcernAction.CONTACT_MADE, " Rang her – she’s safe ", "lead", java.time.Instant.now());
        assertEquals("Rang her – she’s safe", concern.getActionNote());
        assertThrows(Refusal.class,
                () -> concern.acknowledge(ConcernAction.NO_ACTION, "again", "other", java.time.Instant.now()));
    }
}
