package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;

/** Reference groups as facilitators and leads see them, and the group's participation figures. */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class ReferenceGroups {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    Clock clock;

    public List<ReferenceGroup> all() {
        return em.createNamedQuery("ReferenceGroup.findAll", ReferenceGroup.class).getResultList();
    }

    public ReferenceGroup group(long id) {
        return readers.group(id);
    }

    public ParticipationFigures figures(long groupId) {
        ReferenceGroup group = readers.group(groupId);
        List<ParticipationFigures.TopicFigures> topics = em.createQuery(
                        "SELECT new org.mspportal.referencegroup.application.ParticipationFigures$TopicFigures("
                                + "t.title, COUNT(s), COALESCE(SUM(s.supportCount), 0)) FROM Suggestion s JOIN s.topic t"
                                + " WHERE t.group = :group GROUP BY t.id, t.title, t.opensOn ORDER BY t.opensOn DESC",
                        ParticipationFigures.TopicFigures.class)
                .setParameter("group", group).getResultList();
        Instant due = clock.instant().minus(Suggestion.ANSWER_WITHIN);
        List<Suggestion> answeredOrDue = em.createQuery("SELECT s FROM Suggestion s WHERE s.topic.group = :group"
                        + " AND (s.createdAt <= :due OR s.firstAnsweredAt IS NOT NULL)", Suggestion.class)
                .setParameter("group", group).setParameter("due", due).getResultList();
        long inTime = answeredOrDue.stream().filter(s -> s.wasAnsweredWithin(Suggestion.ANSWER_WITHIN)).count();
        return new ParticipationFigures(topics, inTime, answeredOrDue.size());
    }
}
