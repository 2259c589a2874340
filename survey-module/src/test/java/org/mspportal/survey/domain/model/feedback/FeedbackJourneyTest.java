package org.mspportal.survey.domain.model.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeedbackJourneyTest {

    final FeedbackJourney twoOutcomes = FeedbackJourney.forOutcomes(List.of(2, 1));

    @Test
    void asksWhoFirstThenEachOwnOutcomeThenTheSixQuestionsThenFeelingSafeThenFreeText() {
        assertEquals(List.of("who", "outcome-1", "outcome-2", "GOT_OUTCOMES", "CHANCE_TO_SAY", "LISTENED_TO",
                        "ACTED_ON_WISHES", "SAFE_AS_WANTED", "HAPPIER", "feeling-safe", "done-better", "anything-else"),
                twoOutcomes.steps().stream().map(FeedbackStep::key).toList());
    }

    @Test
    void aPersonWithNoRecordedOutcomesIsNotAskedAboutThem() {
        FeedbackJourney none = FeedbackJourney.forOutcomes(List.of());
        assertEquals(10, none.total());
        assertTrue(none.step("outcome-1").isEmpty());
    }

    @Test
    void numbersPagesFromOneAndLinksBackAndForward() {
        FeedbackStep listened = twoOutcomes.step("LISTENED_TO").orElseThrow();
        assertEquals(6, twoOutcomes.number(listened));
        assertEquals("CHANCE_TO_SAY", twoOutcomes.previous(listened).orElseThrow().key());
        assertEquals("ACTED_ON_WISHES", twoOutcomes.next(listened).orElseThrow().key());
        assertTrue(twoOutcomes.previous(twoOutcomes.steps().get(0)).isEmpty());
        assertTrue(twoOutcomes.next(twoOutcomes.step("anything-else").orElseThrow()).isEmpty());
    }

    @Test
    void everyChoicePageOffersRatherNotSayExceptWhoIsAnswering() {
        for (FeedbackStep step : twoOutcomes.steps()) {
            if (step.kind() == FeedbackStep.Kind.WHO || step.kind() == FeedbackStep.Kind.TEXT) {
                assertTrue(!step.choices().contains(FeedbackStep.RATHER_NOT_SAY), step.key());
            } else {
                assertTrue(step.choices().contains(FeedbackStep.RATHER_NOT_SAY), step.key());
            }
        }
    }

    @Test
    void feelingSafeOffersTheFourQ7aAnswersInOrder() {
        assertEquals(List.of("AS_SAFE_AS_I_WANT", "ADEQUATELY_SAFE", "LESS_THAN_ADEQUATELY_SAFE", "NOT_AT_ALL_SAFE",
                "RATHER_NOT_SAY"), twoOutcomes.step("feeling-safe").orElseThrow().choices());
    }

    @Test
    void refusesAForgedChoiceAMissingChoiceAndTextOnAPageWithoutABox() {
        FeedbackStep listened = twoOutcomes.step("LISTENED_TO").orElseThrow();
        assertEquals(Optional.of("error.choice.unknown"), twoOutcomes.problemWith(listened, "MAYBE", null));
        assertEquals(Optional.of("error.choice.unknown"), twoOutcomes.problemWith(listened, "PERSON", null));
        assertEquals(Optional.of("error.choice.missing"), twoOutcomes.problemWith(listened, null, "words"));
        FeedbackStep who = twoOutcomes.step("who").orElseThrow();
        assertEquals(Optional.of("error.who.missing"), twoOutcomes.problemWith(who, null, null));
        assertEquals(Optional.of("error.choice.unknown"), twoOutcomes.problemWith(who, "PERSON", "typed"));
        assertEquals(Optional.empty(), twoOutcomes.problemWith(listened, "PARTLY", "They did not call back"));
    }

    @Test
    void freeTextPagesAreOptional() {
        FeedbackStep better = twoOutcomes.step(FeedbackJourney.DONE_BETTER).orElseThrow();
        assertEquals(Optional.empty(), twoOutcomes.problemWith(better, null, null));
        assertEquals(Optional.of("error.choice.unknown"), twoOutcomes.problemWith(better, "YES", null));
    }

    @Test
    void textIsLimitedTo5000CharactersAsAPersonCountsThem() {
        FeedbackStep better = twoOutcomes.step(FeedbackJourney.DONE_BETTER).orElseThrow();
        String longest = "a".repeat(4999) + "\u00e2";
        assertEquals(Optional.empty(), twoOutcomes.problemWith(better, null, longest));
        assertEquals(Optional.of("error.text.tooLong"), twoOutcomes.problemWith(better, null, longest + "b"));
        // A browser sends a line break as two characters; the person typed one.
        String withBreaks = "a".repeat(4000) + "\r\n".repeat(1000);
        assertEquals(5000, FeedbackJourney.lengthAsSeen(withBreaks));
        assertEquals(Optional.empty(), twoOutcomes.problemWith(better, null, withBreaks));
        // An emoji is one character to the person, two UTF-16 units to Java.
        assertEquals(1, FeedbackJourney.lengthAsSeen("\uD83D\uDE00"));
    }

    @Test
    void carriesOnAtTheFirstUnansweredPageAndKnowsWhenAllChoicesAreMade() {
        Map<String, FeedbackJourney.Reply> some = Map.of("who", new FeedbackJourney.Reply("PERSON", null),
                "outcome-1", new FeedbackJourney.Reply("YES", null));
        assertEquals("outcome-2", twoOutcomes.firstUnanswered(some).orElseThrow().key());
        assertEquals("outcome-2", twoOutcomes.firstMissingChoice(some).orElseThrow().key());
        Map<String, FeedbackJourney.Reply> all = new java.util.HashMap<>();
        twoOutcomes.steps().stream().filter(FeedbackStep::choiceRequired)
                .forEach(s -> all.put(s.key(), new FeedbackJourney.Reply(s.choices().get(0), null)));
        assertTrue(twoOutcomes.firstMissingChoice(all).isEmpty(), "free text may be left empty");
        assertEquals(FeedbackJourney.DONE_BETTER, twoOutcomes.firstUnanswered(all).orElseThrow().key());
    }
}
