package org.mspportal.referencegroup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.MemberKind;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.group.TextLimits;
import org.mspportal.referencegroup.domain.model.notification.WhoIsNotified;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;
import org.mspportal.referencegroup.domain.model.topic.Support;

class SuggestionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final ReferenceGroup group = withId(new ReferenceGroup("Group", "Purpose", NOW), 1L);
    final Member sam = member(10L, "Sam Jones");
    final Member ali = member(11L, "Ali Khan");
    final Member kim = member(12L, "Kim Lee");
    final PolicyTopic topic = new PolicyTopic(group, "Our policy", "What would you want to happen?", null,
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), NOW);

    @Test
    void aSuggestionMovesOnlyAlongAllowedStepsAndEachAnswerNeedsBothResponses() {
        Suggestion s = new Suggestion(topic, sam, "Letters in Easy Read", null, NOW);
        assertThrows(Refusal.class, () -> s.answer(SuggestionStatus.DONE, "Done", "Done", "fran", NOW));
        Refusal noEasyRead = assertThrows(Refusal.class,
                () -> s.answer(SuggestionStatus.ACCEPTED, "We agree", " ", "fran", NOW));
        assertEquals("Write the Easy Read response first.", noEasyRead.getMessage());
        s.answer(SuggestionStatus.ACCEPTED, "We agree and will change the letters.", "We said yes.", "fran", NOW);
        s.answer(SuggestionStatus.ACCEPTED, "The new letters are being written.", "We are writing them.", "fran", NOW);
        s.answer(SuggestionStatus.DONE, "The letters are now in Easy Read.", "We did it.", "fran", NOW);
        assertEquals(SuggestionStatus.DONE, s.getStatus());
        assertTrue(SuggestionStatus.DONE.next().isEmpty());
        assertEquals(SuggestionStatus.BEING_CONSIDERED, SuggestionStatus.NOT_TAKEN_FORWARD.next().iterator().next());
    }

    @Test
    void theFirstAnswerCountsForTheTwentyEightDayFigure() {
        Suggestion late = new Suggestion(topic, sam, "Text", null, NOW);
        late.answer(SuggestionStatus.BEING_CONSIDERED, "Thinking", "Thinking", "fran", NOW.plus(Duration.ofDays(29)));
        assertFalse(late.wasAnsweredWithin(Suggestion.ANSWER_WITHIN));
        Suggestion prompt = new Suggestion(topic, sam, "Text", null, NOW);
        prompt.answer(SuggestionStatus.BEING_CONSIDERED, "Thinking", "Thinking", "fran", NOW.plus(Duration.ofDays(27)));
        prompt.answer(SuggestionStatus.ACCEPTED, "Yes", "Yes", "fran", NOW.plus(Duration.ofDays(60)));
        assertTrue(prompt.wasAnsweredWithin(Suggestion.ANSWER_WITHIN));
    }

    @Test
    void aMemberSupportsOnceNeverTheirOwnAndNotWhatIsHeld() {
        Suggestion s = withId(new Suggestion(topic, sam, "Text", null, NOW), 5L);
        assertThrows(Refusal.class, () -> Support.of(s, sam, false, NOW));
        Support.of(s, ali, false, NOW);
        assertEquals(1, s.getSupportCount());
        Refusal twice = assertThrows(Refusal.class, () -> Support.of(s, ali, true, NOW));
        assertThat(twice.getMessage()).contains("already");
        s.holdForReview();
        assertThrows(Refusal.class, () -> Support.of(s, kim, false, NOW));
    }

    @Test
    void theAuthorAndEachSupporterAreToldOnceNamingNoOne() {
        List<Member> told = WhoIsNotified.ofAnswer(sam, List.of(ali, sam, kim, ali));
        assertEquals(List.of(sam, ali, kim), told);
        String toAuthor = WhoIsNotified.answerMessage(sam, sam, "Our policy", SuggestionStatus.ACCEPTED);
        String toSupporter = WhoIsNotified.answerMessage(ali, sam, "Our policy", SuggestionStatus.ACCEPTED);
        assertTrue(toAuthor.startsWith("Your suggestion about \"Our policy\""));
        assertTrue(toSupporter.startsWith("A suggestion you agreed with"));
        assertThat(toSupporter).doesNotContain("Sam");
    }

    @Test
    void aTopicRefusesSuggestionsOutsideItsDatesSayingWhen() {
        Refusal closed = assertThrows(Refusal.class,
                () -> topic.requireOpenOn(LocalDate.of(2026, 12, 1)));
        assertTrue(closed.getMessage().contains("closed on 30 November 2026"), closed.getMessage());
        Refusal early = assertThrows(Refusal.class,
                () -> topic.requireOpenOn(LocalDate.of(2026, 10, 31)));
        assertThat(early.getMessage()).contains("opens on 1 November 2026");
        topic.requireOpenOn(LocalDate.of(2026, 11, 30));
    }

    @Test
    void textLimitsCountCharactersAsPeopleSeeThemAndSayHowFarOver() {
        String emoji = "\uD83D\uDE00".repeat(TextLimits.COMMENT);
        assertEquals(emoji, TextLimits.require("text", emoji, TextLimits.COMMENT, "your comment"));
        Refusal over = assertThrows(Refusal.class,
                () -> TextLimits.require("text", "x".repeat(2001), TextLimits.SUGGESTION, "your suggestion"));
        assertEquals("Make your suggestion shorter: it has 2001 characters and can have 2000.", over.getMessage());
        assertEquals(Optional.of("text"), over.field(), "the refusal says which field it concerns");
        Refusal empty = assertThrows(Refusal.class, () -> new Suggestion(topic, sam, "   ", null, NOW));
        assertEquals(Optional.of("text"), empty.field());
    }

    @Test
    void hidingNeedsAReasonTheAuthorWillSeeAndTheAuthorStillSeesTheWords() {
        Suggestion s = new Suggestion(topic, sam, "Text", null, NOW);
        assertThrows(Refusal.class, () -> s.hide(" ", "fran", NOW));
        s.hide("It names a member of staff.", "fran", NOW);
        assertFalse(s.isVisibleToOthers());
        assertTrue(s.isVisibleTo(sam));
        assertFalse(s.isVisibleTo(ali));
    }

    Member member(long id, String name) {
        return withId(new Member(group, name, null, MemberKind.LIVED_EXPERIENCE, null, null, ContactMethod.PHONE, NOW), id);
    }

    static <T> T withId(T entity, long id) {
        try {
            Class<?> type = entity.getClass();
            while (true) {
                try {
                    Field field = type.getDeclaredField("id");
                    field.setAccessible(true);
                    field.set(entity, id);
                    return entity;
                } catch (NoSuchFieldException e) {
                    type = type.getSuperclass();
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
