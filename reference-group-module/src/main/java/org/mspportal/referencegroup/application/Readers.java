package org.mspportal.referencegroup.application;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Finds who is calling, and the group's things they ask for, refusing what is not theirs to see. */
@ApplicationScoped
public class Readers {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    Reader of(SessionContext context) {
        String username = context.getCallerPrincipal().getName();
        boolean moderator = context.isCallerInRole(PortalRole.Names.FACILITATOR) || context.isCallerInRole(PortalRole.Names.ADMIN);
        boolean staff = moderator || context.isCallerInRole(PortalRole.Names.SAFEGUARDING_LEAD);
        Member member = em.createNamedQuery("Member.byAccount", Member.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
        return new Reader(username, member, staff, moderator);
    }

    /** Something of the group's, by id, or a plain refusal if there is none. */
    <T> T find(Class<T> type, Long id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new Refusal("There is no such " + what + ". It may have been removed.");
        }
        return found;
    }

    ReferenceGroup group(Long id) {
        return find(ReferenceGroup.class, id, "reference group");
    }
}
