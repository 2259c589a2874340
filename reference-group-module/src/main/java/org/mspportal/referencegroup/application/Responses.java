package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.notification.WhoIsNotified;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;
import org.mspportal.referencegroup.domain.model.topic.SuggestionUpdate;

/** "We did": facilitators answer suggestions, and the author and supporters hear about it. */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
public class Responses {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    Notifications notifications;

    @Inject
    SearchPublication search;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public void answer(long suggestionId, SuggestionStatus status, String response, String easyReadResponse) {
        Suggestion suggestion = readers.find(Suggestion.class, suggestionId, "suggestion");
        SuggestionUpdate update = suggestion.answer(status, response, easyReadResponse,
                context.getCallerPrincipal().getName(), clock.instant());
        em.persist(update);
        List<Member> supporters = em.createNamedQuery("Support.supporters", Member.class)
                .setParameter("suggestion", suggestion).getResultList();
        for (Member member : WhoIsNotified.ofAnswer(suggestion.getAuthor(), supporters)) {
            notifications.notify(List.of(member), WhoIsNotified.answerMessage(member, suggestion.getAuthor(),
                    suggestion.getTopic().getTitle(), status), suggestionId);
        }
        search.update(suggestion);
        audit.record("ANSWERED_RG_SUGGESTION", "suggestion " + suggestionId, status.name());
    }
}
