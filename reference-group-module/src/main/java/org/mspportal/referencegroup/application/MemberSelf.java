package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.consent.Consent;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.notification.MemberNotification;

/** What members do for themselves: their consent, their access needs, their notifications. */
@Stateless
@RolesAllowed(PortalRole.Names.MEMBER)
public class MemberSelf {

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

    public MemberSummary me() {
        Member me = me(readers.of(context));
        return MemberSummary.of(me, consents.currentOf(me));
    }

    public long myGroup() {
        return me(readers.of(context)).getGroup().getId();
    }

    public List<ConsentVersion> myConsentHistory() {
        return consents.history(me(readers.of(context))).stream().map(ConsentVersion::of).toList();
    }

    /** A new version of the member's consent; choosing nothing withdraws it, and their words leave every output. */
    public void changeConsent(ConsentChoices choices) {
        Member me = me(readers.of(context));
        consents.record(me, choices, me.getAccountUsername());
    }

    public void changeAccessNeeds(Set<AccessNeed> needs, String other, ContactMethod contact) {
        me(readers.of(context)).recordAccessNeeds(needs, other, contact == null ? ContactMethod.EMAIL : contact);
    }

    public List<MemberMessage> notifications() {
        return myNotifications().stream().map(MemberMessage::of).toList();
    }

    private List<MemberNotification> myNotifications() {
        return em.createNamedQuery("MemberNotification.of", MemberNotification.class)
                .setParameter("member", me(readers.of(context))).setMaxResults(50).getResultList();
    }

    public long unreadNotifications() {
        Reader reader = readers.of(context);
        return reader.isMember() ? em.createNamedQuery("MemberNotification.unreadCount", Long.class)
                .setParameter("member", reader.member()).getSingleResult() : 0;
    }

    public void markAllRead() {
        myNotifications().forEach(n -> n.markRead(clock.instant()));
    }

    private Member me(Reader reader) {
        return reader.requireMember();
    }
}
