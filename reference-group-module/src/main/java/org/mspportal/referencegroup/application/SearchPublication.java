package org.mspportal.referencegroup.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.search.SearchDocument;
import org.mspportal.core.search.SearchOutbox;
import org.mspportal.referencegroup.domain.model.consent.Attribution;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.topic.Contribution;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;

/**
 * Hands members' words to the search module through the platform's outbox, inside the caller's
 * transaction: only words the group can see, whose author consented to practice learning. Anything
 * else (hidden, held, consent withdrawn) is withdrawn from the index the same way.
 */
@ApplicationScoped
public class SearchPublication {

    static final String SOURCE = "reference-group";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    Consents consents;

    void update(Suggestion suggestion) {
        Map<String, String> facets = Map.of("source", "suggestion", "topic", suggestion.getTopic().getTitle(),
                "status", suggestion.getStatus().name());
        send(suggestion, "suggestion-" + suggestion.getId(), facets);
    }

    void update(SuggestionComment comment) {
        Map<String, String> facets = Map.of("source", "suggestion-comment",
                "topic", comment.getSuggestion().getTopic().getTitle());
        send(comment, "comment-" + comment.getId(), facets);
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

    private void send(Contribution contribution, String documentId, Map<String, String> facets) {
        boolean allowed = contribution.isVisibleToOthers()
                && Attribution.mayIndex(consents.currentOf(contribution.getAuthor()));
        if (allowed) {
            Map<String, String> withPerson = new HashMap<>(facets);
            // Whose words: the search module keeps only a keyed hash of it, to count distinct people.
            withPerson.put("person", "member-" + contribution.getAuthor().getId());
            outbox.publish(new SearchDocument(SOURCE, documentId, contribution.getText(), withPerson,
                    LocalDate.ofInstant(contribution.getCreatedAt(), UK)));
        } else {
            outbox.withdraw(SOURCE, documentId);
        }
    }
}
