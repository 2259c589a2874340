package org.mspportal.survey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;

class InvitationEmailTest {

    final IssuedInvitation issued = new IssuedInvitation(7L, "SG-2026-00042",
            "https://portal.example.gov.uk/feedback/start.xhtml?t=abc", "ABCD-EFGH-JKMN",
            Instant.parse("2027-01-18T12:00:00Z"));

    @Test
    void theEmailNamesNoCaseAndGivesTheLinkTheShortAddressTheCodeTheNumberAndTheEndDateInEveryVersion() {
        String body = InvitationEmail.body(issued, "Northshire County Council", "portal.example.gov.uk/go", "01632 960 000");
        assertThat(body).doesNotContain("SG-2026-00042");
        assertThat(body).contains("https://portal.example.gov.uk/feedback/start.xhtml?t=abc");
        assertThat(body).contains("\nABCD-EFGH-JKMN\n");
        assertThat(body).contains("work until 18 January 2027");
        assertThat(body).contains("call 999");
        assertThat(body).contains("Or go to portal.example.gov.uk/go and type this code");
        assertThat(body).contains("call the safeguarding team on 01632 960 000");
        assertTrue(body.contains("EASY READ") && body.contains("Want help? Call 01632 960 000."));
        assertTrue(body.contains("CYMRAEG") && body.contains("tan 18 Ionawr 2027"), "the Welsh part, with the date in Welsh");
        assertThat(InvitationEmail.SUBJECT).doesNotContain("SG-");
    }

    @Test
    void refusesAddressesThatCannotBeSentTo() {
        assertEquals("person@example.org", InvitationEmail.address("  person@example.org ").getAddress());
        for (String bad : new String[] {null, "", "person at example", "person@", "a@b@c", "x".repeat(250) + "@e.org"}) {
            assertThrows(Refusal.class, () -> InvitationEmail.address(bad), String.valueOf(bad));
        }
    }
}
