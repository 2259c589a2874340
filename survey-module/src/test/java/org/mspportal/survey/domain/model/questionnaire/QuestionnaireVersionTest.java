package org.mspportal.survey.domain.model.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;

class QuestionnaireVersionTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static QuestionnaireVersion published() throws ReflectiveOperationException {
        QuestionnaireVersion v1 = QuestionnaireVersion.draftFrom(emptyVersion(), 1, "system", NOW);
        v1.reword("LISTENED_TO", "en", false, "Did you feel that you were listened to?");
        v1.reword("LISTENED_TO", "en", true, "Did we listen to you?");
        v1.reword("LISTENED_TO", "cy", false, "Oeddech chi'n teimlo bod rhywun yn gwrando arnoch chi?");
        v1.publish("system", NOW);
        return v1;
    }

    private static QuestionnaireVersion emptyVersion() throws ReflectiveOperationException {
        var constructor = QuestionnaireVersion.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        QuestionnaireVersion empty = constructor.newInstance();
        Field wordings = QuestionnaireVersion.class.getDeclaredField("wordings");
        wordings.setAccessible(true);
        wordings.set(empty, new java.util.ArrayList<QuestionWording>());
        return empty;
    }

    @Test
    void aPublishedVersionNeverChanges() throws Exception {
        QuestionnaireVersion v1 = published();
        assertThrows(Refusal.class, () -> v1.reword("LISTENED_TO", "en", false, "Changed?"));
        assertThrows(Refusal.class, () -> v1.publish("admin", NOW));
    }

    @Test
    void aDraftCopiesEveryWordingAndCanBeReworded() throws Exception {
        QuestionnaireVersion v1 = published();
        QuestionnaireVersion v2 = QuestionnaireVersion.draftFrom(v1, 2, "admin", NOW);
        v2.reword("LISTENED_TO", "en", false, "  Did we listen to you properly?  ");
        assertEquals(Optional.of("Did we listen to you properly?"), v2.wording("LISTENED_TO", "en", false));
        assertEquals(Optional.of("Did you feel that you were listened to?"), v1.wording("LISTENED_TO", "en", false));
        assertEquals(3, v2.getWordings().size());
    }

    @Test
    void fallsBackToStandardWordingThenToEnglish() throws Exception {
        QuestionnaireVersion v1 = published();
        assertEquals(Optional.of("Oeddech chi'n teimlo bod rhywun yn gwrando arnoch chi?"),
                v1.wording("LISTENED_TO", "cy", true));
        assertEquals(Optional.of("Did we listen to you?"), v1.wording("LISTENED_TO", "xx", true));
        assertEquals(Optional.empty(), v1.wording("HAPPIER", "en", false));
    }

    @Test
    void refusesEmptyOrOverlongWording() throws Exception {
        QuestionnaireVersion draft = QuestionnaireVersion.draftFrom(published(), 2, "admin", NOW);
        assertThrows(Refusal.class, () -> draft.reword("HAPPIER", "en", false, "  "));
        assertThrows(Refusal.class,
                () -> draft.reword("HAPPIER", "en", false, "x".repeat(QuestionWording.MAX_WORDING + 1)));
    }
}
