package org.mspportal.survey.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.enquiry.OutcomeStatement;

/** The catalogue of outcome statements that practitioners offer when recording desired outcomes. */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class OutcomeStatementCatalogue {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<OutcomeStatement> activeStatements() {
        return em.createNamedQuery("OutcomeStatement.findActive", OutcomeStatement.class).getResultList();
    }

    /** Every statement, retired ones too, for administrators. */
    @RolesAllowed(PortalRole.Names.ADMIN)
    public List<OutcomeStatement> allStatements() {
        return em.createNamedQuery("OutcomeStatement.findAll", OutcomeStatement.class).getResultList();
    }

    /** Adds a statement at the end of the list. Statements are never reworded: retire one and add another. */
    @RolesAllowed(PortalRole.Names.ADMIN)
    public void add(String wording) {
        String words = wording == null ? "" : wording.strip();
        if (words.isEmpty()) {
            throw new Refusal("Enter the words of the statement, as a person would say them.");
        }
        if (words.length() > OutcomeStatement.MAX_WORDING) {
            throw new Refusal("Keep the statement to " + OutcomeStatement.MAX_WORDING + " characters or fewer.");
        }
        List<OutcomeStatement> all = allStatements();
        if (all.stream().anyMatch(s -> s.isActive() && s.getWording().equalsIgnoreCase(words))) {
            throw new Refusal("That statement is already in the list.");
        }
        int next = all.stream().mapToInt(OutcomeStatement::getPosition).max().orElse(0) + 1;
        em.persist(new OutcomeStatement(words, next));
        audit.record("ADDED_OUTCOME_STATEMENT", "outcome statement catalogue", words);
    }

    @RolesAllowed(PortalRole.Names.ADMIN)
    public void retire(long id) {
        statement(id).retire();
        audit.record("RETIRED_OUTCOME_STATEMENT", "outcome statement catalogue", String.valueOf(id));
    }

    @RolesAllowed(PortalRole.Names.ADMIN)
    public void restore(long id) {
        statement(id).restore();
        audit.record("RESTORED_OUTCOME_STATEMENT", "outcome statement catalogue", String.valueOf(id));
    }

    private OutcomeStatement statement(long id) {
        OutcomeStatement statement = em.find(OutcomeStatement.class, id);
        if (statement == null) {
            throw new Refusal("There is no such statement.");
        }
        return statement;
    }
}
