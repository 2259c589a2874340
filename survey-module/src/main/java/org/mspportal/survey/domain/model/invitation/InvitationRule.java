package org.mspportal.survey.domain.model.invitation;

import org.mspportal.core.rule.Refusal;


/**
 * When a person may be invited to give feedback. Feedback is about the whole enquiry, so it is asked for
 * at the end: never while the enquiry is open. Once the person has given it, they are not asked again
 * unless a safeguarding lead decides they should and says why (for example, they asked to add something).
 */
public final class InvitationRule {

    public static final int MAX_REASON = 500;

    private InvitationRule() {
    }

    /** Refuses, with a message a practitioner understands, an invitation the rule does not allow. */
    public static void check(boolean enquiryConcluded, boolean feedbackGiven, boolean byLead, String reason) {
        if (!enquiryConcluded) {
            throw new Refusal("Feedback is asked for at the end of the enquiry. Close the enquiry first, "
                    + "then invite the person.");
        }
        if (!feedbackGiven) {
            return;
        }
        if (!byLead) {
            throw new Refusal("The person has already given their feedback about this enquiry. Only a "
                    + "safeguarding lead can invite them again, and must say why.");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Say why the person is being invited again. Their earlier feedback is kept.");
        }
        if (reason.strip().codePointCount(0, reason.strip().length()) > MAX_REASON) {
            throw new Refusal("Keep the reason to " + MAX_REASON + " characters or fewer.");
        }
    }
}
