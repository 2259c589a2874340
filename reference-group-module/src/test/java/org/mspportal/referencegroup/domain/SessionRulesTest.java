package org.mspportal.referencegroup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.MemberKind;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.session.ActionStatus;
import org.mspportal.referencegroup.domain.model.session.Answer;
import org.mspportal.referencegroup.domain.model.session.FeedbackSummary;
import org.mspportal.referencegroup.domain.model.session.GroupSession;
import org.mspportal.referencegroup.domain.model.session.Rsvp;
import org.mspportal.referencegroup.domain.model.session.SessionAction;
import org.mspportal.referencegroup.domain.model.session.SessionFeedback;
import org.mspportal.referencegroup.domain.model.session.SessionInvitation;
import org.mspportal.referencegroup.domain.model.session.Venue;

class SessionRulesTest {

    static final Instant STARTS = Instant.parse("2027-03-10T10:00:00Z");
    final ReferenceGroup group = new ReferenceGroup("Group", "Purpose", STARTS);
    final Member member = new Member(group, "Sam Jones", null, MemberKind.CARER, null, null, ContactMethod.PHONE, STARTS);
    final GroupSession session = new GroupSession(group, "Our policy", STARTS, Duration.ofHours(2), Venue.NEUTRAL,
            "Library meeting room", "Step-free", null, null, "fran");

    @Test
    void aMemberRepliesBeforeTheSessionAndIsToldPlainlyAfterItHasHappened() {
        SessionInvitation invitation = new SessionInvitation(session, member);
        invitation.reply(Rsvp.COMING, "A break halfway, please", STARTS.minusSeconds(60));
        assertEquals(Rsvp.COMING, invitation.getRsvp());
        assertEquals("A break halfway, please", invitation.getNeedsNote());
        Refusal late = assertThrows(Refusal.class,
                () -> invitation.reply(Rsvp.NOT_COMING, null, STARTS.plusSeconds(60)));
        assertEquals("This session took place on 10 March 2027, so you cannot reply to the invitation now.", late.getMessage());
        assertThrows(Refusal.class, () -> invitation.reply(Rsvp.NO_REPLY, null, STARTS.minusSeconds(60)));
    }

    @Test
    void attendanceAndFeedbackWaitUntilTheSessionHasBegun() {
        SessionInvitation invitation = new SessionInvitation(session, member);
        assertThrows(Refusal.class, () -> invitation.recordAttendance(true, STARTS.minusSeconds(1)));
        assertNull(invitation.getAttended());
        invitation.recordAttendance(true, STARTS);
        assertTrue(invitation.getAttended());
        SessionFeedback feedback = new SessionFeedback(session, member);
        assertThrows(Refusal.class, () -> feedback.answer(Answer.YES, Answer.YES, null, STARTS.minusSeconds(1)));
        Refusal noVenue = assertThrows(Refusal.class,
                () -> feedback.answer(Answer.YES, null, null, STARTS.plusSeconds(7200)));
        assertEquals("Say whether the place was right for you.", noVenue.getMessage());
    }

    @Test
    void aSessionNeedsAPurposeAPlaceAndASensibleLength() {
        assertThrows(Refusal.class, () -> new GroupSession(group, " ", STARTS, Duration.ofHours(1),
                Venue.ONLINE, "Video call", null, null, null, "fran"));
        Refusal online = assertThrows(Refusal.class, () -> new GroupSession(group,
                "Purpose", STARTS, Duration.ofHours(1), Venue.ONLINE, "", null, null, null, "fran"));
        assertEquals("Write how people join online first.", online.getMessage());
        assertThrows(Refusal.class, () -> new GroupSession(group, "Purpose", STARTS, Duration.ofHours(13),
                Venue.NEUTRAL, "Library", null, null, null, "fran"));
    }

    @Test
    void feedbackIsSummedUpWithoutNames() {
        GroupSession past = session;
        SessionFeedback a = new SessionFeedback(past, member);
        a.answer(Answer.YES, Answer.PARTLY, "The room was too warm.", STARTS.plusSeconds(8000));
        SessionFeedback b = new SessionFeedback(past, member);
        b.answer(Answer.YES, Answer.NO, " ", STARTS.plusSeconds(8000));
        FeedbackSummary summary = FeedbackSummary.of(List.of(a, b));
        assertEquals(2, summary.responses());
        assertEquals("Yes 2, Partly 0, No 0", summary.line(summary.listenedTo()));
        assertEquals("Yes 0, Partly 1, No 1", summary.line(summary.venueRight()));
        assertEquals(List.of("The room was too warm."), summary.changes());
    }

    @Test
    void anOpenActionPastItsDueDateIsOverdue() {
        SessionAction action = new SessionAction(session, "Share views with the Board", "Fran", LocalDate.of(2027, 3, 20));
        assertFalse(action.isOverdueOn(LocalDate.of(2027, 3, 20)));
        assertTrue(action.isOverdueOn(LocalDate.of(2027, 3, 21)));
        action.moveTo(ActionStatus.DONE);
        assertFalse(action.isOverdueOn(LocalDate.of(2027, 4, 1)));
    }
}
