package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.demo.DemoAccount;
import org.mspportal.core.demo.DemoDataRequested;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.disclosure.DisclosureAlert;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.MemberKind;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.session.AgendaItem;
import org.mspportal.referencegroup.domain.model.session.Answer;
import org.mspportal.referencegroup.domain.model.session.GroupSession;
import org.mspportal.referencegroup.domain.model.session.Rsvp;
import org.mspportal.referencegroup.domain.model.session.SessionAction;
import org.mspportal.referencegroup.domain.model.session.SessionFeedback;
import org.mspportal.referencegroup.domain.model.session.SessionInvitation;
import org.mspportal.referencegroup.domain.model.session.Venue;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;
import org.mspportal.referencegroup.domain.model.topic.Support;

/**
 * The fictional council's reference group in demo mode, once: members of each kind (the demo member's
 * account among them), a closed and an open topic, suggestions at every status with responses, support,
 * one contribution held by the disclosure check, and a past and an upcoming session.
 */
@ApplicationScoped
public class ReferenceGroupDemoData {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    DisclosureScreening screening;

    @Inject
    SearchPublication search;

    @Inject
    Clock clock;

    @Transactional
    void onDemoDataRequested(@Observes DemoDataRequested request) {
        long groups = em.createNamedQuery("ReferenceGroup.count", Long.class).getSingleResult();
        if (groups > 0) {
            return;
        }
        Instant now = clock.instant();
        ReferenceGroup group = new ReferenceGroup(request.councilName() + " No Secrets Reference Group",
                "People who have been through safeguarding, and carers, helping the Safeguarding Adults Board "
                        + "decide what should happen when someone needs a safeguarding intervention.", now);
        em.persist(group);
        Member morgan = member(group, "Morgan Member", MemberKind.LIVED_EXPERIENCE, DemoAccount.MEMBER.username() + "@example.org",
                ContactMethod.EMAIL, EnumSet.of(AccessNeed.LARGE_PRINT), new ConsentChoices(true, true, true), now);
        morgan.linkAccount(DemoAccount.MEMBER.username());
        Member jo = member(group, "Jo Carer", MemberKind.CARER, null, ContactMethod.PHONE,
                EnumSet.of(AccessNeed.HEARING_LOOP, AccessNeed.STEP_FREE_ACCESS), new ConsentChoices(true, true, false), now);
        Member ray = member(group, "Ray Lived", MemberKind.LIVED_EXPERIENCE, null, ContactMethod.LETTER,
                EnumSet.of(AccessNeed.EASY_READ, AccessNeed.SOMEONE_WITH_ME), new ConsentChoices(false, false, false), now);
        Member pat = member(group, "Pat Advocate", MemberKind.REPRESENTATIVE, null, ContactMethod.PHONE,
                EnumSet.of(AccessNeed.BSL_INTERPRETER), new ConsentChoices(true, false, false), now);
        member(group, "Fran Facilitator", MemberKind.FACILITATOR, null, ContactMethod.PHONE,
                EnumSet.noneOf(AccessNeed.class), ConsentChoices.NONE, now);
        member(group, "Sam Social Worker", MemberKind.STAFF_GUEST, null, ContactMethod.PHONE,
                EnumSet.noneOf(AccessNeed.class), ConsentChoices.NONE, now);

        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        PolicyTopic closed = topic(group, "Being told what is happening",
                "When a safeguarding enquiry is about you, how should we keep you informed?",
                "How should we tell you what is happening?", today.minusDays(120), today.minusDays(60), now);
        PolicyTopic open = topic(group, "Our adult safeguarding policy: what would you want to happen?",
                "If you ever needed a safeguarding intervention, what would you want to happen, and what would you not want?",
                "If you needed help to be safe, what would you want us to do?", today.minusDays(20), today.plusDays(40), now);

        Instant past = now.minus(Duration.ofDays(100));
        answered(closed, morgan, "Letters should come in Easy Read as well as the normal version.", past, jo,
                SuggestionStatus.DONE, "All safeguarding letters now come with an Easy Read version.", "We did it. Letters now have Easy Read too.");
        answered(closed, jo, "Tell carers who the named worker is, and how to reach them.", past.plusSeconds(3600), morgan,
                SuggestionStatus.IN_PROGRESS, "We are adding the named worker's details to the first letter.", "We are doing it now.");
        answered(closed, ray, "Phone me instead of writing. I find letters hard.", past.plusSeconds(7200), pat,
                SuggestionStatus.ACCEPTED, "Staff will ask everyone how they want to be contacted and write it down.", "We said yes. We will ask you how you want us to contact you.");
        answered(closed, pat, "Every person should have an advocate from the start.", past.plusSeconds(9000), null,
                SuggestionStatus.NOT_TAKEN_FORWARD, "We cannot offer an advocate to everyone, but we will always offer one when the law says so and explain how to ask.",
                "We cannot do this for everyone. We will tell you how to ask for an advocate.");
        answered(open, morgan, "Ask me what I want before anything is decided, and check again later.", now.minus(Duration.ofDays(10)), jo,
                SuggestionStatus.BEING_CONSIDERED, "The Board will discuss this at its next meeting.", "We are thinking about it.");
        Suggestion waiting = new Suggestion(open, jo, "Meetings should be somewhere the person knows, not the council offices.", null,
                now.minus(Duration.ofDays(3)));
        em.persist(waiting);
        em.flush();
        search.update(waiting);
        Suggestion held = new Suggestion(open, ray, "My neighbour takes my money every week and I am scared to say no.",
                "demo.facilitator", now.minus(Duration.ofDays(1)));
        em.persist(held);
        em.flush();
        screening.screen(held, DisclosureAlert.Held.SUGGESTION, group.getId());
        search.update(held);
        sessions(group, open, List.of(morgan, jo, ray, pat), now);
    }

    /** A session a month ago (attendance, notes, actions, feedback) and one in two weeks (some replies). */
    private void sessions(ReferenceGroup group, PolicyTopic topic, List<Member> members, Instant now) {
        Member jo = members.get(1);
        Member pat = members.get(3);
        GroupSession past = new GroupSession(group, "What should happen when someone tells us about abuse?",
                now.minus(Duration.ofDays(30)), Duration.ofHours(2), Venue.MEMBERS_CHOICE,
                "Riverside Community Centre, 1 Mill Lane", "Step-free entrance, hearing loop in the main room, accessible toilet, quiet room.",
                "The Board's draft policy, section 3: responding to a concern.",
                "We read the part of the plan about what happens when someone says they are being hurt.", "demo.facilitator");
        em.persist(past);
        em.persist(new AgendaItem(past, 1, "Welcome and ground rules", null));
        em.persist(new AgendaItem(past, 2, "What would you want to happen?", topic));
        for (Member member : members) {
            SessionInvitation invitation = new SessionInvitation(past, member);
            em.persist(invitation);
            invitation.recordAttendance(member != pat, now);
        }
        past.recordNotes("The group said people should be asked what they want before anything is decided, and told who "
                + "their named worker is. Members asked for Easy Read letters and for meetings in familiar places.");
        em.persist(new SessionAction(past, "Share the group's views with the Board's policy sub-group", "Fran Facilitator",
                LocalDate.ofInstant(now, UkTime.ZONE).plusDays(14)));
        SessionFeedback feedback = new SessionFeedback(past, jo);
        feedback.answer(Answer.YES, Answer.PARTLY, "The room was too warm.", now);
        em.persist(feedback);

        GroupSession next = new GroupSession(group, "Checking the Easy Read version of the policy",
                now.plus(Duration.ofDays(14)), Duration.ofMinutes(90), Venue.ONLINE,
                "Video call: the link is sent the day before", "Captions on. A facilitator can phone you to help you join.",
                "The Easy Read draft of the adult safeguarding policy.", "We look at the Easy Read plan together.", "demo.facilitator");
        em.persist(next);
        em.persist(new AgendaItem(next, 1, "Does the Easy Read version make sense?", topic));
        for (Member member : members) {
            SessionInvitation invitation = new SessionInvitation(next, member);
            em.persist(invitation);
            if (member == jo) {
                invitation.reply(Rsvp.COMING, "I will need a break halfway.", now);
            }
        }
    }

    private Member member(ReferenceGroup group, String name, MemberKind kind, String email, ContactMethod contact,
                          EnumSet<AccessNeed> needs, ConsentChoices consent, Instant now) {
        Member member = new Member(group, name, null, kind, email, null, contact, now);
        member.recordAccessNeeds(needs, null, contact);
        em.persist(member);
        em.flush();
        if (!consent.isNone()) {
            consents.record(member, consent, "demo.facilitator");
        }
        return member;
    }

    private PolicyTopic topic(ReferenceGroup group, String title, String question, String easyRead, LocalDate opens,
                              LocalDate closes, Instant now) {
        PolicyTopic topic = new PolicyTopic(group, title, question, easyRead, opens, closes, now);
        em.persist(topic);
        return topic;
    }

    private void answered(PolicyTopic topic, Member author, String text, Instant at, Member supporter,
                          SuggestionStatus finalStatus, String response, String easyRead) {
        Suggestion suggestion = new Suggestion(topic, author, text, null, at);
        em.persist(suggestion);
        if (supporter != null) {
            em.persist(Support.of(suggestion, supporter, false, at.plusSeconds(600)));
        }
        Instant answeredAt = at.plus(Duration.ofDays(7));
        for (SuggestionStatus step : path(finalStatus)) {
            em.persist(suggestion.answer(step, step == finalStatus ? response : "We are looking at this.",
                    step == finalStatus ? easyRead : step.easyRead(), "demo.facilitator", answeredAt));
            answeredAt = answeredAt.plus(Duration.ofDays(14));
        }
        em.flush();
        search.update(suggestion);
    }

    private static List<SuggestionStatus> path(SuggestionStatus to) {
        return switch (to) {
            case BEING_CONSIDERED -> List.of(SuggestionStatus.BEING_CONSIDERED);
            case ACCEPTED -> List.of(SuggestionStatus.BEING_CONSIDERED, SuggestionStatus.ACCEPTED);
            case IN_PROGRESS -> List.of(SuggestionStatus.ACCEPTED, SuggestionStatus.IN_PROGRESS);
            case DONE -> List.of(SuggestionStatus.ACCEPTED, SuggestionStatus.IN_PROGRESS, SuggestionStatus.DONE);
            case NOT_TAKEN_FORWARD -> List.of(SuggestionStatus.BEING_CONSIDERED, SuggestionStatus.NOT_TAKEN_FORWARD);
            case RECEIVED -> List.of();
        };
    }
}
