package org.mspportal.survey.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.domain.model.enquiry.CaseReference;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.Enquiry;

/** Enquiries in the survey module's own tables. Joins the caller's transaction, or starts one. */
@ApplicationScoped
@Transactional
public class JpaEnquiries implements Enquiries {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public Enquiry add(Enquiry enquiry) {
        if (findByCaseReference(enquiry.getCaseReference()).isPresent()) {
            throw new Refusal("An enquiry with case reference " + enquiry.getCaseReference()
                    + " already exists. Open it instead.");
        }
        em.persist(enquiry);
        return enquiry;
    }

    @Override
    public Optional<Enquiry> findByCaseReference(String caseReference) {
        return em.createNamedQuery("Enquiry.findByCaseReference", Enquiry.class)
                .setParameter("caseReference", CaseReference.normalise(caseReference))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Enquiry> find(long id) {
        return Optional.ofNullable(em.find(Enquiry.class, id));
    }
}
