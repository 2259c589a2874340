package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.paging.Page;
import org.mspportal.core.paging.PageRequest;
import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.consent.Attribution;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;
import org.mspportal.referencegroup.domain.model.topic.SuggestionUpdate;

/**
 * Reading the group's discussion: suggestions on a topic, one suggestion with its comments, and
 * "you said, we did". Members see their own group only; held or hidden words only if they wrote them.
 */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.MEMBER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class Discussion {

    /** Suggestions per page of a topic, and of "you said, we did". */
    static final int PAGE_SIZE = 20;

    private static final String VISIBLE_TO_READER =
            " AND (:everything = TRUE OR (s.heldForReview = FALSE AND s.hiddenReason IS NULL) OR s.author = :me)";

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    Consents consents;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public Page<SuggestionCard> suggestions(long topicId, int pageNumber) {
        Reader reader = readers.of(context);
        PolicyTopic topic = readers.find(PolicyTopic.class, topicId, "topic");
        reader.requireCanRead(topic.getGroup());
        PageRequest page = PageRequest.of(pageNumber, PAGE_SIZE);
        long total = em.createQuery("SELECT COUNT(s) FROM Suggestion s WHERE s.topic = :topic" + VISIBLE_TO_READER, Long.class)
                .setParameter("topic", topic).setParameter("everything", reader.moderator())
                .setParameter("me", reader.member()).getSingleResult();
        List<Suggestion> found = em.createQuery("SELECT s FROM Suggestion s JOIN FETCH s.author JOIN FETCH s.topic"
                        + " WHERE s.topic = :topic" + VISIBLE_TO_READER + " ORDER BY s.createdAt DESC, s.id DESC", Suggestion.class)
                .setParameter("topic", topic).setParameter("everything", reader.moderator()).setParameter("me", reader.member())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Set<Long> supported = supportedBy(reader, topic);
        return Page.of(found.stream().map(s -> SuggestionCard.of(s, reader, supported.contains(s.getId()))).toList(),
                page, total);
    }

    public SuggestionDetail suggestion(long suggestionId) {
        Reader reader = readers.of(context);
        Suggestion s = readers.find(Suggestion.class, suggestionId, "suggestion");
        reader.requireCanRead(s.getTopic().getGroup());
        if (!reader.moderator() && !s.isVisibleTo(reader.member())) {
            throw new Refusal(
                    "There is no such suggestion. It may have been removed.");
        }
        boolean supportedByMe = reader.isMember() && em.createNamedQuery("Support.exists", Long.class)
                .setParameter("suggestion", s).setParameter("member", reader.member()).getSingleResult() > 0;
        List<CommentView> comments = em.createNamedQuery("SuggestionComment.on", SuggestionComment.class)
                .setParameter("suggestion", s).getResultList().stream()
                .filter(c -> reader.moderator() || c.isVisibleTo(reader.member()))
                .map(c -> CommentView.of(c, reader)).toList();
        List<UpdateView> updates = em.createNamedQuery("SuggestionUpdate.of", SuggestionUpdate.class)
                .setParameter("suggestion", s).getResultList().stream()
                .map(u -> new UpdateView(u.getStatus().label(), u.getStatus().easyRead(), u.getResponse(),
                        u.getEasyReadResponse(), u.getChangedAt())).toList();
        List<String> next = reader.moderator()
                ? Stream.concat(Stream.of(s.getStatus()), s.getStatus().next().stream())
                .filter(SuggestionStatus::isAnswer).map(Enum::name).toList()
                : List.of();
        return new SuggestionDetail(SuggestionCard.of(s, reader, supportedByMe), s.getTopic().getGroup().getId(), comments,
                updates, s.getTopic().isOpenOn(UkTime.today(clock)), next);
    }

    /** Every suggestion the group can see and what became of it, newest first, optionally of one status. */
    public Page<YouSaidWeDidEntry> youSaidWeDid(long groupId, SuggestionStatus status, int pageNumber) {
        Reader reader = readers.of(context);
        ReferenceGroup group = readers.group(groupId);
        reader.requireCanRead(group);
        String where = " WHERE s.topic.group = :group AND s.heldForReview = FALSE AND s.hiddenReason IS NULL"
                + (status == null ? "" : " AND s.status = :status");
        var count = em.createQuery("SELECT COUNT(s) FROM Suggestion s" + where, Long.class)
                .setParameter("group", group);
        var query = em.createQuery("SELECT s FROM Suggestion s JOIN FETCH s.topic JOIN FETCH s.author" + where
                + " ORDER BY s.createdAt DESC, s.id DESC", Suggestion.class).setParameter("group", group);
        if (status != null) {
            count.setParameter("status", status);
            query.setParameter("status", status);
        }
        Map<Long, ConsentChoices> consent = consents.currentInGroup(group);
        PageRequest page = PageRequest.of(pageNumber, PAGE_SIZE);
        List<YouSaidWeDidEntry> entries = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(s -> {
                    var attribution = Attribution.of(consent.getOrDefault(s.getAuthor().getId(), ConsentChoices.NONE),
                            s.getAuthor().getFirstName());
                    return new YouSaidWeDidEntry(s.getId(), s.getTopic().getTitle(), attribution.isPresent() ? s.getText() : null,
                            attribution.orElse(null), s.getCreatedAt(), s.getStatus().label(), s.getStatus().easyRead(),
                            s.getResponse(), s.getEasyReadResponse(), s.getFirstAnsweredAt() == null ? null : s.getStatusChangedAt(),
                            s.getSupportCount());
                }).toList();
        return Page.of(entries, page, count.getSingleResult());
    }

    private Set<Long> supportedBy(Reader reader, PolicyTopic topic) {
        if (!reader.isMember()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("Support.byMemberIn", Long.class).setParameter("member", reader.member())
                .setParameter("topic", topic).getResultList());
    }
}
