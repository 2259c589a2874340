package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;

/**
 * A practitioner fills the questionnaire in with or for the person, on the same pages the person
 * would use. The response records who answered and which staff member helped; both steps are audited.
 */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class AssistedFeedback {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Enquiries enquiries;

    @Inject
    FeedbackInvitations invitations;

    @Inject
    RespondentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Starts (or carries on) the enquiry's feedback with the staff member signed in. Answers the person
     * already saved online are kept: the open invitation is used if there is one, otherwise a new one.
     *
     * @return the respondent session's secret, for the browser's cookie
     */
    public String start(String caseReference) {
        Enquiry enquiry = enquiries.require(caseReference);
        Instant now = clock.instant();
        FeedbackInvitation invitation = em.createNamedQuery("FeedbackInvitation.forEnquiry", FeedbackInvitation.class)
                .setParameter("enquiry", enquiry).getResultStream()
                .filter(i -> i.statusAt(now) == InvitationStatus.OPEN).findFirst()
                .orElseGet(() -> {
                    invitations.issue(caseReference, FeedbackInvitation.Channel.ASSISTED);
                    return em.createNamedQuery("FeedbackInvitation.forEnquiry", FeedbackInvitation.class)
                            .setParameter("enquiry", enquiry).setMaxResults(1).getSingleResult();
                });
        String staffMember = context.getCallerPrincipal().getName();
        audit.record("STARTED_ASSISTED_FEEDBACK", enquiry.getCaseReference(), null);
        return access.openAssisted(invitation, staffMember).sessionToken();
    }
}
