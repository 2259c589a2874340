package org.mspportal.survey.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.outcome.OutcomeStatement;

/** The catalogue of outcome statements that practitioners offer when recording desired outcomes. */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class OutcomeStatementCatalogue {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    public List<OutcomeStatement> activeStatements() {
        return em.createNamedQuery("OutcomeStatement.findActive", OutcomeStatement.class).getResultList();
    }
}
