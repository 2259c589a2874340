package org.mspportal.referencegroup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mspportal.referencegroup.domain.model.disclosure.DisclosureCheck;

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
    })
    void personalDisclosuresAreHeld(String text) {
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
    })
    void viewsAboutPolicyAreNotHeld(String text) {
        assertFalse(check.assess(text).isPresent(), text);
    }

    @Test
    void configuredPhrasesAreHeldAndTheAlertNamesTheRuleNotTheWords() {
        DisclosureCheck withPhrase = new DisclosureCheck(List.of("Won't Leave Me Alone"));
        assertEquals("phrase", withPhrase.assess("he won't leave me alone at night").orElseThrow());
        assertEquals("money taken", check.assess("My nephew stole my pension.").orElseThrow());
        assertEquals("harm to the writer", check.assess("My husband hurts me.").orElseThrow());
    }
}
