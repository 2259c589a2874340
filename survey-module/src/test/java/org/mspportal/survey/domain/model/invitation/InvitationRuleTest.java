package org.mspportal.survey.domain.model.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;

class InvitationRuleTest {

    @Test
    void noOneIsInvitedWhileTheEnquiryIsOpenNotEvenByALead() {
        Refusal refused = assertThrows(Refusal.class,
                () -> InvitationRule.check(false, false, true, "asked to"));
        assertThat(refused.getMessage()).contains("Close the enquiry first");
    }

    @Test
    void onceFeedbackIsGivenOnlyALeadWithAReasonInvitesAgain() {
        assertDoesNotThrow(() -> InvitationRule.check(true, false, false, null), "the first invitation after closing");
        assertTrue(assertThrows(Refusal.class, () -> InvitationRule.check(true, true, false, "she asked"))
                .getMessage().contains("Only a safeguarding lead"));
        assertTrue(assertThrows(Refusal.class, () -> InvitationRule.check(true, true, true, "  "))
                .getMessage().contains("Say why"));
        assertTrue(assertThrows(Refusal.class, () -> InvitationRule.check(true, true, true, "x".repeat(501)))
                .getMessage().contains("500 characters"));
        assertDoesNotThrow(() -> InvitationRule.check(true, true, true, "She rang to add something about the carers"));
    }
}
