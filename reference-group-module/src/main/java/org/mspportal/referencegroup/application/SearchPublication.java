package org.mspportal.referencegroup.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningPublisher;
import org.mspportal.core.search.PracticeLearningText;
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.consent.Attribution;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.session.GroupSession;
import org.mspportal.referencegroup.domain.model.topic.Contribution;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;

/**
 * Hands the group's words to practice-learning search, inside the caller's transaction: only words the group
 * can see, whose author consented to practice learning, and sessions' notes. Anything else (hidden, held,
 * consent withdrawn, notes cleared) is withdrawn from the index the same way.
 */
@ApplicationScoped
public class SearchPublication {

    static final String SOURCE = "reference-group";
    static final String SUGGESTION = "suggestion";
    static final String COMMENT = "suggestion-comment";
    static final String SESSION_NOTES = "session-notes";

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    PracticeLearningPublisher publisher;

    @Inject
    Consents consents;

    void update(Suggestion suggestion) {
        send(suggestion, SUGGESTION, "suggestion-" + suggestion.getId(), suggestion.getTopic().getTitle(),
                suggestion.getStatus().name());
    }

    void update(SuggestionComment comment) {
        send(comment, COMMENT, "comment-" + comment.getId(), comment.getSuggestion().getTopic().getTitle(), null);
    }

    /** A session's notes are the facilitator's record, not one member's words: no author, no consent to ask. */
    void update(GroupSession session) {
        DocumentRef document = new DocumentRef(SOURCE, SESSION_NOTES + "-" + session.getId());
        if (session.getNotes() == null) {
            publisher.withdraw(document);
        } else {
            publisher.publish(PracticeLearningText.of(document, SESSION_NOTES, session.getNotes(), "",
                    LocalDate.ofInstant(session.getStartsAt(), UkTime.ZONE)));
        }
    }

    /** After a change of consent: every contribution of the member is published again or withdrawn. */
    void republishAllOf(Member member) {
        List<Suggestion> suggestions = em.createQuery("SELECT s FROM Suggestion s JOIN FETCH s.topic WHERE s.author = :m", Suggestion.class)
                .setParameter("m", member).getResultList();
        suggestions.forEach(this::update);
        em.createQuery("SELECT c FROM SuggestionComment c JOIN FETCH c.suggestion WHERE c.author = :m",
                        SuggestionComment.class)
                .setParameter("m", member).getResultList().forEach(this::update);
    }

    private void send(Contribution contribution, String kind, String id, String topic, String status) {
        DocumentRef document = new DocumentRef(SOURCE, id);
        boolean allowed = contribution.isVisibleToOthers()
                && Attribution.mayIndex(consents.currentOf(contribution.getAuthor()));
        if (allowed) {
            // Whose words: the search module keeps only a keyed hash of it, to count distinct people.
            publisher.publish(PracticeLearningText.of(document, kind, contribution.getText(),
                            "member-" + contribution.getAuthor().getId(), LocalDate.ofInstant(contribution.getCreatedAt(), UkTime.ZONE))
                    .with(Attribute.TOPIC, topic)
                    .with(Attribute.STATUS, status));
        } else {
            publisher.withdraw(document);
        }
    }
}
