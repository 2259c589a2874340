package org.mspportal.survey.domain.model.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mspportal.survey.domain.model.enquiry.OutcomeAchievement.FULLY;
import static org.mspportal.survey.domain.model.enquiry.OutcomeAchievement.NOT;
import static org.mspportal.survey.domain.model.enquiry.OutcomeAchievement.PARTIALLY;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Sg4aAchievementRuleTest {

    static Optional<OutcomeAchievement> expressed(OutcomeAchievement... assessments) {
        return Sg4aAchievementRule.derive(MspAsked.ASKED_OUTCOMES_EXPRESSED, Arrays.asList(assessments));
    }

    @Test
    void allOutcomesFullyAchievedIsFullyAchieved() {
        assertEquals(Optional.of(FULLY), expressed(FULLY));
        assertEquals(Optional.of(FULLY), expressed(FULLY, FULLY, FULLY));
    }

    @Test
    void noOutcomeAchievedIsNotAchieved() {
        assertEquals(Optional.of(NOT), expressed(NOT));
        assertEquals(Optional.of(NOT), expressed(NOT, NOT));
    }

    @Test
    void anyPartOrAMixIsPartiallyAchieved() {
        assertEquals(Optional.of(PARTIALLY), expressed(PARTIALLY));
        assertEquals(Optional.of(PARTIALLY), expressed(FULLY, NOT));
        assertEquals(Optional.of(PARTIALLY), expressed(FULLY, FULLY, PARTIALLY));
        assertEquals(Optional.of(PARTIALLY), expressed(NOT, PARTIALLY, NOT));
    }

    @Test
    void noValueUntilEveryOutcomeIsAssessed() {
        assertTrue(expressed(FULLY, null).isEmpty());
        assertTrue(expressed().isEmpty(), "expressed but none recorded yet");
    }

    @ParameterizedTest
    @EnumSource(value = MspAsked.class, names = "ASKED_OUTCOMES_EXPRESSED", mode = EnumSource.Mode.EXCLUDE)
    void onlyExpressedOutcomesHaveAnAchievedValue(MspAsked asked) {
        assertTrue(Sg4aAchievementRule.derive(asked, List.of(FULLY)).isEmpty(), asked.name());
    }
}
