package org.mspportal.referencegroup.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/** Reference groups as facilitators, members and leads see them. */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.MEMBER, PortalRole.Names.SAFEGUARDING_LEAD,
        PortalRole.Names.ADMIN})
public class ReferenceGroups {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    public List<ReferenceGroup> all() {
        return em.createNamedQuery("ReferenceGroup.findAll", ReferenceGroup.class).getResultList();
    }
}
