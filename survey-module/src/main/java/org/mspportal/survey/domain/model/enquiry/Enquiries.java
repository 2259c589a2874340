package org.mspportal.survey.domain.model.enquiry;

import java.util.Optional;

import org.mspportal.core.rule.Refusal;

/** The repository of enquiries (implemented with JPA in the infrastructure layer). */
public interface Enquiries {

    /** @throws Refusal if another enquiry already has the case reference */
    Enquiry add(Enquiry enquiry);

    Optional<Enquiry> findByCaseReference(String caseReference);

    Optional<Enquiry> find(long id);

    /** The enquiry with this case reference; there must be one. */
    default Enquiry require(String caseReference) {
        return findByCaseReference(caseReference).orElseThrow(() -> new UnknownEnquiryException(caseReference));
    }
}
