package org.mspportal.core.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Examples of what must and must not raise a concern, written by the rules' authors; see also DisclosureCorpusTest. */
class DisclosureCheckTest {

    private final DisclosureCheck check = DisclosureCheck.withDefaults();

    @ParameterizedTest
    @ValueSource(strings = {
            "My carer hits me when nobody is around.",
            "I think the policy is fine. But my son took my bank card and won't give it back.",
            "Please help me, I don't know who to tell.",
            "I'm scared to go home.",
            "He threatened me last week and I didn't tell anyone",
            "My neighbour keeps pushing me on the stairs",
            "Someone at the day centre touched me and I did not like it",
            "I don’t feel safe where I live",
            "he's moved back in",
            "i havent eaten since tuesday",
            "Mum is still being shouted at by the carer every day",
            "Dw i ddim yn teimlo'n ddiogel gartref",
            "Ciągle zabiera mi pieniądze",
            "some days I think everyone would be better off without me",
    })
    void personalDisclosuresOfHarmNowAreFound(String text) {
        assertTrue(check.assess(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "People who are hit by carers should be believed straight away.",
            "We think adults who are abused need someone to talk to who is not the council.",
            "I would want the police to come back and tell me what happened.",
            "My suggestion is that letters are in Easy Read.",
            "I agree with this. Staff should take time to listen.",
            "The policy should say what happens when money is taken from someone.",
            "I want to take part in the next session.",
            "He used to hit me but he moved away last year and I feel safe now.",
            "Nobody hurts me any more.",
            "I was scared of the meeting but the worker was kind.",
            "I'm scared of dogs.",
            "The social worker never rang me back.",
            "I want to die at home when my time comes.",
            "The wait nearly killed me, honestly.",
    })
    void viewsAboutPolicyAndHarmThatHasEndedAreNot(String text) {
        assertFalse(check.assess(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ask me in person, not by letter", "Offer a home visit first", "They kept me informed",
            "My carer hits me when nobody is around.", "I'm scared to go home.", "he's moved back in"})
    void aReferenceCodeOrNumberBesideTheWordsChangesNothing(String words) {
        boolean alone = check.assess(words).isPresent();
        java.util.Random codes = new java.util.Random(15);
        for (int i = 0; i < 200; i++) {
            String code = "w" + Integer.toHexString(codes.nextInt()) + " SG-" + codes.nextInt(100_000) + " 0" + codes.nextInt(1_000_000);
            assertEquals(alone, check.assess(words + " " + code).isPresent(), words + " " + code);
        }
    }

    @Test
    void configuredPhrasesCountAndTheResultNamesTheRuleNotTheWords() {
        DisclosureCheck withPhrase = new DisclosureCheck(List.of("Won’t Leave Me ALONE"));
        assertEquals(DisclosureCheck.Rule.CONFIGURED_PHRASE, withPhrase.assess("he won't leave me alone at night").orElseThrow());
        assertEquals(DisclosureCheck.Rule.MONEY_TAKEN, check.assess("My nephew still has my pension card.").orElseThrow());
        assertEquals(DisclosureCheck.Rule.HARM_NOW, check.assess("My husband hurts me.").orElseThrow());
        assertEquals(DisclosureCheck.Rule.RISK_TO_LIFE, check.assess("some days i want to end it all").orElseThrow());
    }
}
