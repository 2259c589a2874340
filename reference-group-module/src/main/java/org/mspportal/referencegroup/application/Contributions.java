package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.mspportal.referencegroup.domain.model.disclosure.DisclosureAlert;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;
import org.mspportal.referencegroup.domain.model.topic.Support;

/**
 * Members' words: suggestions on open topics, comments, and support ("I agree", once each). A member
 * writes for themselves; a facilitator writes down what a member said (in a session, on the phone)
 * for them, audited. Every new piece of words goes through the disclosure check before others see it.
 */
@Stateless
@RolesAllowed({PortalRole.Names.MEMBER, PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
public class Contributions {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    DisclosureScreening screening;

    @Inject
    SearchPublication search;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The member's own suggestion; says whether it was held back for a facilitator to read first. */
    public Posted suggest(long topicId, String text) {
        Reader reader = readers.of(context);
        return suggestAs(reader.requireMember(), topicId, text, null);
    }

    /** What a member said, written down by a facilitator. */
    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public Posted suggestFor(long memberId, long topicId, String text) {
        Member member = readers.find(Member.class, memberId, "member");
        Posted posted = suggestAs(member, topicId, text, context.getCallerPrincipal().getName());
        audit.record("RECORDED_RG_SUGGESTION_FOR_MEMBER", "member " + memberId, "suggestion " + posted.id());
        return posted;
    }

    public Posted comment(long suggestionId, String text) {
        return commentAs(readers.of(context).requireMember(), suggestionId, text, null);
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public Posted commentFor(long memberId, long suggestionId, String text) {
        Member member = readers.find(Member.class, memberId, "member");
        Posted posted = commentAs(member, suggestionId, text, context.getCallerPrincipal().getName());
        audit.record("RECORDED_RG_COMMENT_FOR_MEMBER", "member " + memberId, "comment " + posted.id());
        return posted;
    }

    /** "I agree": once per member, never for their own suggestion. */
    public void support(long suggestionId) {
        Reader reader = readers.of(context);
        Member member = reader.requireMember();
        Suggestion suggestion = readers.find(Suggestion.class, suggestionId, "suggestion");
        reader.requireCanRead(suggestion.getTopic().getGroup());
        boolean already = em.createNamedQuery("Support.exists", Long.class).setParameter("suggestion", suggestion)
                .setParameter("member", member).getSingleResult() > 0;
        em.persist(Support.of(suggestion, member, already, clock.instant()));
    }

    private Posted suggestAs(Member author, long topicId, String text, String recordedBy) {
        PolicyTopic topic = readers.find(PolicyTopic.class, topicId, "topic");
        if (!author.belongsTo(topic.getGroup())) {
            throw new Refusal(Reader.OTHER_GROUP);
        }
        topic.requireOpenOn(UkTime.today(clock));
        Suggestion suggestion = new Suggestion(topic, author, text, recordedBy, clock.instant());
        em.persist(suggestion);
        em.flush();
        boolean held = screening.screen(suggestion, DisclosureAlert.Held.SUGGESTION, topic.getGroup().getId());
        search.update(suggestion);
        return new Posted(suggestion.getId(), held);
    }

    private Posted commentAs(Member author, long suggestionId, String text, String recordedBy) {
        Suggestion suggestion = readers.find(Suggestion.class, suggestionId, "suggestion");
        if (!author.belongsTo(suggestion.getTopic().getGroup())) {
            throw new Refusal(Reader.OTHER_GROUP);
        }
        if (!suggestion.isVisibleTo(author) && recordedBy == null) {
            throw new Refusal("This suggestion cannot take comments at the moment.");
        }
        SuggestionComment comment = new SuggestionComment(suggestion, author, text, recordedBy, clock.instant());
        em.persist(comment);
        em.flush();
        boolean held = screening.screen(comment, DisclosureAlert.Held.COMMENT, suggestion.getTopic().getGroup().getId());
        search.update(comment);
        return new Posted(comment.getId(), held);
    }
}
