package org.mspportal.survey.interfaces.web.respondent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

class RespondentTextsTest {

    static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RespondentTextsTest.class.getResourceAsStream("/org/mspportal/survey/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void welshHasEveryTextEnglishHasIncludingEasyRead() throws IOException {
        Set<String> missing = new TreeSet<>(load("respondent.properties").stringPropertyNames());
        missing.removeAll(load("respondent_cy.properties").stringPropertyNames());
        assertEquals(Set.of(), missing, "Welsh would fall back to English for these");
    }

    @Test
    void everyAnswerOfEveryPageHasALabelAndAPicture() throws IOException {
        Properties english = load("respondent.properties");
        for (FeedbackStep step : FeedbackJourney.forOutcomes(java.util.List.of(1)).steps()) {
            for (String choice : step.choices()) {
                assertTrue(english.containsKey("choice." + choice), choice);
                assertTrue(RespondentTextsTest.class.getResource(
                        "/META-INF/resources/msp-feedback/pictures/" + choice + ".svg") != null, choice + ".svg");
            }
        }
    }

    @Test
    void preferencesRoundTripThroughTheCookieAndIgnoreUnknownValues() {
        RespondentPreferences standard = RespondentPreferences.parse(null);
        assertEquals(new RespondentPreferences("en", false), standard);
        RespondentPreferences welshEasy = standard.with("cy", "easy");
        assertEquals(welshEasy, RespondentPreferences.parse(welshEasy.toCookieValue()));
        assertEquals(new RespondentPreferences("en", true), welshEasy.with("fr", null));
        assertEquals(new RespondentPreferences("en", false), RespondentPreferences.parse("<script>.x"));
    }
}
