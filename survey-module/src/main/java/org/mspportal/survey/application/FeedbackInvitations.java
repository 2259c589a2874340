package org.mspportal.survey.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.core.api.ApiClient;
import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.domain.model.invitation.InvitationRule;
import org.mspportal.survey.domain.model.invitation.InvitationSecrets;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;

/**
 * Practitioners issue and revoke feedback invitations. Issuing a new invitation revokes any earlier
 * one still open for the same enquiry, so only one link and code work at a time.
 */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
public class FeedbackInvitations {

    /** Where the respondent's journey starts; the token follows as a parameter. */
    public static final String START_PATH = "feedback/start.xhtml";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Enquiries enquiries;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "msp.invitation.validity-days", defaultValue = "56")
    long validityDays;

    @Resource
    SessionContext session;

    @Resource(lookup = "java:jboss/mail/msp")
    Session mail;

    public IssuedInvitation issue(String caseReference, FeedbackInvitation.Channel channel) {
        return issue(caseReference, channel, null);
    }

    /**
     * Issues an invitation, if {@link InvitationRule} allows it: only once the enquiry is closed, and after
     * the person's feedback has been given only by a safeguarding lead with a reason (kept and audited).
     */
    public IssuedInvitation issue(String caseReference, FeedbackInvitation.Channel channel, String reasonToAskAgain) {
        Enquiry enquiry = existing(caseReference);
        Instant now = clock.instant();
        List<FeedbackInvitation> earlier = forEnquiry(enquiry);
        boolean feedbackGiven = earlier.stream().anyMatch(i -> i.getCompletedAt() != null);
        InvitationRule.check(enquiry.isConcluded(), feedbackGiven,
                session.isCallerInRole(PortalRole.Names.SAFEGUARDING_LEAD), reasonToAskAgain);
        earlier.forEach(i -> i.revoke(now));
        String token = InvitationSecrets.newLinkToken(RANDOM);
        String code = InvitationSecrets.newShortCode(RANDOM);
        Duration validity = Duration.ofDays(validityDays > 0 ? validityDays : InvitationStatus.DEFAULT_VALIDITY.toDays());
        FeedbackInvitation invitation = new FeedbackInvitation(enquiry, token, code, channel, session.getCallerPrincipal().getName(),
                now, now.plus(validity));
        if (feedbackGiven) {
            invitation.invitedAgainBecause(reasonToAskAgain);
        }
        em.persist(invitation);
        audit.record(feedbackGiven ? "ISSUED_INVITATION_AGAIN" : "ISSUED_INVITATION", enquiry.getCaseReference(),
                channel.name() + (feedbackGiven ? ": " + reasonToAskAgain.strip().substring(0,
                        Math.min(400, reasonToAskAgain.strip().length())) : ""));
        return new IssuedInvitation(invitation.getId(), enquiry.getCaseReference(), settings.publicUrl() + START_PATH + "?t=" + token, code,
                invitation.getExpiresAt());
    }

    /**
     * Issues an invitation and emails it. The address is used to send and then forgotten: it is not
     * stored, and the email names no case and no person. If the mail server refuses it, nothing is issued.
     */
    public IssuedInvitation issueByEmail(String caseReference, String emailAddress) {
        return issueByEmail(caseReference, emailAddress, null);
    }

    public IssuedInvitation issueByEmail(String caseReference, String emailAddress, String reasonToAskAgain) {
        InternetAddress to = InvitationEmail.address(emailAddress);
        IssuedInvitation issued = issue(caseReference, FeedbackInvitation.Channel.EMAIL, reasonToAskAgain);
        try {
            Transport.send(InvitationEmail.compose(mail, to, issued, settings.councilName(), settings.shortAddress(),
                    settings.safeguardingPhone()));
        } catch (MessagingException e) {
            throw new Refusal("The email could not be sent. Check the address, or print a letter instead.");
        }
        return issued;
    }

    public List<InvitationSummary> list(String caseReference) {
        Instant now = clock.instant();
        return forEnquiry(existing(caseReference)).stream()
                .map(i -> new InvitationSummary(i.getId(), i.getChannel().name(), i.getIssuedBy(), i.getIssuedAt(),
                        i.getExpiresAt(), i.statusAt(now), i.getCompletedAt()))
                .toList();
    }

    public void revoke(String caseReference, long invitationId) {
        Enquiry enquiry = existing(caseReference);
        FeedbackInvitation invitation = forEnquiry(enquiry).stream().filter(i -> i.getId() == invitationId).findFirst()
                .orElseThrow(() -> new Refusal("There is no such invitation for this enquiry."));
        invitation.revoke(clock.instant());
        audit.record("REVOKED_INVITATION", enquiry.getCaseReference(), String.valueOf(invitationId));
    }

    private List<FeedbackInvitation> forEnquiry(Enquiry enquiry) {
        return em.createNamedQuery("FeedbackInvitation.forEnquiry", FeedbackInvitation.class).setParameter("enquiry", enquiry)
                .getResultList();
    }

    private Enquiry existing(String caseReference) {
        return enquiries.require(caseReference);
    }
}
