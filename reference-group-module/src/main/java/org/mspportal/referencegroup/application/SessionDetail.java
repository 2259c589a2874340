package org.mspportal.referencegroup.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mspportal.referencegroup.domain.model.session.FeedbackSummary;

/**
 * A session as its page shows it. Members see their own invitation and feedback; the facilitator also
 * sees every invitation with the member's access needs, attendance, actions and the feedback summary.
 */
public record SessionDetail(long id, long groupId, String purpose, Instant startsAt, Instant endsAt, String venue, String venueName,
                            String venueAccessibility, List<AgendaView> agenda, String materials, String easyReadSummary,
                            String notes, boolean upcoming, boolean started, String myReply, String myNeedsNote, boolean invited,
                            boolean feedbackGiven, List<InvitationView> invitations, List<ActionView> actions,
                            FeedbackSummary feedback) {

    public record AgendaView(int position, String title, Long topicId, String topicTitle) {
    }

    /** An invitation for the facilitator: the reply, the member's standing needs and what they asked for this time. */
    public record InvitationView(long memberId, String name, String reply, String standingNeeds, String needsNote, Boolean attended) {
    }

    public record ActionView(long id, String description, String owner, LocalDate dueOn, String status, boolean overdue) {
    }
}
