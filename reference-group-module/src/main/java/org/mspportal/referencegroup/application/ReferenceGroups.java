package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
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

    @Inject
    AuditLog audit;

    public List<GroupSummary> all() {
        return allGroups().stream().map(GroupSummary::of).toList();
    }

    private List<ReferenceGroup> allGroups() {
        return em.createNamedQuery("ReferenceGroup.findAll", ReferenceGroup.class).getResultList();
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public long create(String name, String purpose) {
        ReferenceGroup group = new ReferenceGroup(name, purpose, clock.instant());
        boolean taken = allGroups().stream().anyMatch(g -> g.getName().equalsIgnoreCase(group.getName()));
        if (taken) {
            throw new Refusal("name",
                    "There is already a group called \"" + group.getName() + "\". Choose another name.");
        }
        em.persist(group);
        em.flush();
        audit.record("CREATED_RG_GROUP", "reference group " + group.getId(), null);
        return group.getId();
    }

    public GroupSummary group(long id) {
        return GroupSummary.of(readers.group(id));
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
        List<ParticipationFigures.AttendanceFigures> attendance = em.createQuery(
                        "SELECT new org.mspportal.referencegroup.application.ParticipationFigures$AttendanceFigures("
                                + "s.startsAt, COUNT(i), SUM(CASE WHEN i.attended = TRUE THEN 1 ELSE 0 END))"
                                + " FROM SessionInvitation i JOIN i.session s WHERE s.group = :group AND s.startsAt <= :now"
                                + " GROUP BY s.id, s.startsAt ORDER BY s.startsAt",
                        ParticipationFigures.AttendanceFigures.class)
                .setParameter("group", group).setParameter("now", clock.instant()).getResultList();
        return new ParticipationFigures(topics, inTime, answeredOrDue.size(), attendance);
    }
}
