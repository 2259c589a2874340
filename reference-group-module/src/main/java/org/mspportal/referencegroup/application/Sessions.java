package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.session.ActionStatus;
import org.mspportal.referencegroup.domain.model.session.AgendaItem;
import org.mspportal.referencegroup.domain.model.session.Answer;
import org.mspportal.referencegroup.domain.model.session.FeedbackSummary;
import org.mspportal.referencegroup.domain.model.session.GroupSession;
import org.mspportal.referencegroup.domain.model.session.Rsvp;
import org.mspportal.referencegroup.domain.model.session.SessionAction;
import org.mspportal.referencegroup.domain.model.session.SessionFeedback;
import org.mspportal.referencegroup.domain.model.session.SessionInvitation;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;

/**
 * Reference group sessions: facilitators plan them (every member of the group is invited and told),
 * record attendance, notes and actions; members reply with what they need, and say afterwards whether
 * they felt listened to and whether the place was right.
 */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.MEMBER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class Sessions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    Notifications notifications;

    @Inject
    SearchPublication searchPublication;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<SessionSummary> ofGroup(long groupId) {
        Reader reader = readers.of(context);
        ReferenceGroup group = readers.group(groupId);
        reader.requireCanRead(group);
        Instant now = clock.instant();
        Map<Long, Rsvp> replies = reader.isMember()
                ? em.createQuery("SELECT i FROM SessionInvitation i WHERE i.member = :m", SessionInvitation.class)
                .setParameter("m", reader.member()).getResultStream()
                .collect(Collectors.toMap(i -> i.getSession().getId(), SessionInvitation::getRsvp))
                : Map.of();
        return em.createNamedQuery("GroupSession.ofGroup", GroupSession.class).setParameter("group", group).getResultList().stream()
                .map(s -> new SessionSummary(s.getId(), s.getPurpose(), s.getStartsAt(), s.getEndsAt(), s.getVenue().label(),
                        s.getVenueName(), !s.hasStartedAt(now),
                        replies.containsKey(s.getId()) ? replies.get(s.getId()).label() : null))
                .toList();
    }

    public SessionDetail session(long sessionId) {
        Reader reader = readers.of(context);
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        reader.requireCanRead(s.getGroup());
        Instant now = clock.instant();
        List<SessionDetail.AgendaView> agenda = em.createNamedQuery("AgendaItem.of", AgendaItem.class).setParameter("session", s)
                .getResultList().stream().map(a -> new SessionDetail.AgendaView(a.getPosition(), a.getTitle(),
                        a.getTopic() == null ? null : a.getTopic().getId(), a.getTopic() == null ? null : a.getTopic().getTitle()))
                .toList();
        SessionInvitation mine = reader.isMember() ? invitationOf(s, reader.member()) : null;
        boolean feedbackGiven = reader.isMember() && feedbackOf(s, reader.member()) != null;
        boolean facilitating = context.isCallerInRole(PortalRole.Names.FACILITATOR) || context.isCallerInRole(PortalRole.Names.ADMIN);
        List<SessionDetail.InvitationView> invitations = List.of();
        List<SessionDetail.ActionView> actions = List.of();
        FeedbackSummary feedback = null;
        if (facilitating) {
            audit.record("VIEWED_RG_SESSION_INVITATIONS", "session " + sessionId, null);
            invitations = em.createNamedQuery("SessionInvitation.of", SessionInvitation.class).setParameter("session", s)
                    .getResultList().stream().map(i -> new SessionDetail.InvitationView(i.getMember().getId(),
                            i.getMember().getFullName(), i.getRsvp().label(),
                            MemberSummary.of(i.getMember(), null).needsText(), i.getNeedsNote(), i.getAttended()))
                    .toList();
            LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
            actions = em.createNamedQuery("SessionAction.of", SessionAction.class).setParameter("session", s).getResultList()
                    .stream().map(a -> new SessionDetail.ActionView(a.getId(), a.getDescription(), a.getOwner(), a.getDueOn(),
                            a.getStatus().label(), a.isOverdueOn(today))).toList();
            feedback = FeedbackSummary.of(em.createNamedQuery("SessionFeedback.of", SessionFeedback.class)
                    .setParameter("session", s).getResultList());
        }
        return new SessionDetail(s.getId(), s.getGroup().getId(), s.getPurpose(), s.getStartsAt(), s.getEndsAt(), s.getVenue().label(),
                s.getVenueName(), s.getVenueAccessibility(), agenda, s.getMaterials(), s.getEasyReadSummary(), s.getNotes(),
                !s.hasStartedAt(now), s.hasStartedAt(now), mine == null ? null : mine.getRsvp().name(),
                mine == null ? null : mine.getNeedsNote(), mine != null, feedbackGiven, invitations, actions, feedback);
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public long plan(long groupId, PlannedSession form) {
        ReferenceGroup group = readers.group(groupId);
        if (form.day() == null || form.startTime() == null) {
            throw new Refusal("startsAt", "Give the date and time the session starts.");
        }
        Instant startsAt = ZonedDateTime.of(form.day(), form.startTime(), UkTime.ZONE).toInstant();
        if (!startsAt.isAfter(clock.instant())) {
            throw new Refusal("startsAt", "A new session must be in the future. Check the date and time.");
        }
        GroupSession session = new GroupSession(group, form.purpose(), startsAt,
                form.minutes() == null ? null : Duration.ofMinutes(form.minutes()), form.venue(), form.venueName(),
                form.venueAccessibility(), form.materials(), form.easyReadSummary(), context.getCallerPrincipal().getName());
        em.persist(session);
        int position = 1;
        for (PlannedSession.AgendaLine line : form.agenda()) {
            if (line.title() == null || line.title().isBlank()) {
                continue;
            }
            PolicyTopic topic = line.topicId() == null ? null : readers.find(PolicyTopic.class, line.topicId(), "topic");
            if (topic != null && !topic.getGroup().getId().equals(group.getId())) {
                throw new Refusal("An agenda item can only be linked to one of this group's topics.");
            }
            em.persist(new AgendaItem(session, position++, line.title(), topic));
        }
        List<Member> members = em.createNamedQuery("Member.ofGroup", Member.class).setParameter("group", group).getResultList();
        members.forEach(m -> em.persist(new SessionInvitation(session, m)));
        em.flush();
        notifications.notifyAbout(members.stream().filter(Member::hasAccount).toList(),
                "You are invited to a reference group session on " + WHEN.format(startsAt.atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm")
                        + ". Please say whether you can come and what you need.",
                "reference-group/session.xhtml?id=" + session.getId());
        audit.record("PLANNED_RG_SESSION", "session " + session.getId(), "group " + groupId);
        return session.getId();
    }

    @RolesAllowed(PortalRole.Names.MEMBER)
    public void reply(long sessionId, Rsvp rsvp, String needsForThisSession) {
        Reader reader = readers.of(context);
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        reader.requireCanRead(s.getGroup());
        SessionInvitation invitation = invitationOf(s, reader.requireMember());
        if (invitation == null) {
            throw new Refusal("You were not invited to this session. Ask your facilitator if you would like to come.");
        }
        invitation.reply(rsvp, needsForThisSession, clock.instant());
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public void recordAttendance(long sessionId, Set<Long> cameMemberIds) {
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        Instant now = clock.instant();
        s.requireStartedAt(now, "attendance");
        em.createNamedQuery("SessionInvitation.of", SessionInvitation.class).setParameter("session", s).getResultList()
                .forEach(i -> i.recordAttendance(cameMemberIds.contains(i.getMember().getId()), now));
        audit.record("RECORDED_RG_ATTENDANCE", "session " + sessionId, cameMemberIds.size() + " came");
    }

    /** The session's notes; published for theme search (the search module redacts names first). */
    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public void recordNotes(long sessionId, String notes) {
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        s.requireStartedAt(clock.instant(), "notes");
        s.recordNotes(notes);
        searchPublication.update(s);
        audit.record("RECORDED_RG_SESSION_NOTES", "session " + sessionId, null);
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public void addAction(long sessionId, String description, String owner, LocalDate dueOn) {
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        em.persist(new SessionAction(s, description, owner, dueOn));
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public void moveAction(long actionId, ActionStatus status) {
        readers.find(SessionAction.class, actionId, "action").moveTo(status);
    }

    @RolesAllowed(PortalRole.Names.MEMBER)
    public void giveFeedback(long sessionId, Answer listenedTo, Answer venueRight, String whatToChange) {
        Reader reader = readers.of(context);
        GroupSession s = readers.find(GroupSession.class, sessionId, "session");
        reader.requireCanRead(s.getGroup());
        Member me = reader.requireMember();
        if (invitationOf(s, me) == null) {
            throw new Refusal("Only people invited to this session can give feedback on it.");
        }
        SessionFeedback feedback = feedbackOf(s, me);
        if (feedback == null) {
            feedback = new SessionFeedback(s, me);
        }
        feedback.answer(listenedTo, venueRight, whatToChange, clock.instant());
        if (feedback.isNew()) {
            em.persist(feedback);
        }
    }

    private SessionInvitation invitationOf(GroupSession s, Member member) {
        return em.createNamedQuery("SessionInvitation.forMember", SessionInvitation.class).setParameter("session", s)
                .setParameter("member", member).getResultStream().findFirst().orElse(null);
    }

    private SessionFeedback feedbackOf(GroupSession s, Member member) {
        return em.createNamedQuery("SessionFeedback.byMember", SessionFeedback.class).setParameter("session", s)
                .setParameter("member", member).getResultStream().findFirst().orElse(null);
    }
}
