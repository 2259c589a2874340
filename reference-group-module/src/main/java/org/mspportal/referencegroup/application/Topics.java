package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;

/** Policy topics: facilitators put them to the group; members and staff read them. */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.MEMBER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class Topics {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<TopicSummary> ofGroup(long groupId) {
        ReferenceGroup group = readers.group(groupId);
        readers.of(context).requireCanRead(group);
        LocalDate today = today();
        return em.createNamedQuery("PolicyTopic.ofGroup", PolicyTopic.class).setParameter("group", group).getResultList()
                .stream().map(t -> TopicSummary.of(t, today)).toList();
    }

    public TopicSummary topic(long topicId) {
        PolicyTopic topic = readers.find(PolicyTopic.class, topicId, "topic");
        readers.of(context).requireCanRead(topic.getGroup());
        return TopicSummary.of(topic, today());
    }

    @RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
    public long create(long groupId, String title, String question, String easyReadQuestion, LocalDate opensOn, LocalDate closesOn) {
        PolicyTopic topic = new PolicyTopic(readers.group(groupId), title, question, easyReadQuestion, opensOn, closesOn,
                clock.instant());
        em.persist(topic);
        em.flush();
        audit.record("CREATED_RG_TOPIC", "topic " + topic.getId(), "group " + groupId);
        return topic.getId();
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }
}
