package org.mspportal.referencegroup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mspportal.referencegroup.domain.model.consent.Attribution;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;

class ConsentRulesTest {

    @Test
    void wordsAreAttributedOnlyAsConsentAllows() {
        assertEquals(Optional.of("Sam"), Attribution.of(new ConsentChoices(false, true, true), "Sam"));
        assertEquals(Optional.of(Attribution.ANONYMOUS), Attribution.of(new ConsentChoices(true, true, false), "Sam"));
        assertEquals(Optional.empty(), Attribution.of(new ConsentChoices(true, false, false), "Sam"));
    }

    @Test
    void withdrawingConsentTakesWordsOutOfEveryOutputAndTheIndex() {
        ConsentChoices withdrawn = ConsentChoices.NONE;
        assertTrue(withdrawn.isNone());
        assertEquals(Optional.empty(), Attribution.of(withdrawn, "Sam"));
        assertFalse(Attribution.mayIndex(withdrawn));
    }

    @Test
    void quotingWithAFirstNameImpliesQuoting() {
        ConsentChoices firstName = new ConsentChoices(false, false, true);
        assertTrue(firstName.mayQuote());
        assertFalse(Attribution.mayIndex(firstName));
    }
}
