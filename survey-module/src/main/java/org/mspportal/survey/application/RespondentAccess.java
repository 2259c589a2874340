package org.mspportal.survey.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.feedback.RespondentSession;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.domain.model.invitation.InvitationSecrets;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;

/**
 * How a respondent gets in without an account: the invitation's link or short code is exchanged for a
 * respondent session, so the secret need not stay in the address bar or the browser history.
 * Failed tries are limited per address ({@link GuessLimits}).
 */
@Stateless
@PermitAll
public class RespondentAccess {

    /** Why a link or code did not open the questionnaire. The page says so kindly, never which case it was. */
    public enum WhyNotOpened {
        /** Not a code at all: a typing slip, worth correcting on the same page. */
        MALFORMED,
        /** No invitation has this link or code. */
        NOT_FOUND,
        /** The invitation has expired or was withdrawn. */
        ENDED,
        /** The answers were already sent. */
        ALREADY_SENT,
        /** Too many tries from this address. */
        TOO_MANY_TRIES
    }

    /** The outcome of a try: a new session's secret for the cookie, or the reason there is none. */
    public record Opening(String sessionToken, WhyNotOpened refusal) {
        static Opening opened(String token) {
            return new Opening(token, null);
        }

        static Opening refused(WhyNotOpened refusal) {
            return new Opening(null, refusal);
        }

        public boolean isOpen() {
            return sessionToken != null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GuessLimits guessLimits;

    @Inject
    Questionnaires questionnaires;

    public Opening openWithLink(String linkToken, String address) {
        if (linkToken == null || linkToken.isBlank() || linkToken.length() > 100) {
            return Opening.refused(WhyNotOpened.NOT_FOUND);
        }
        return open(find("FeedbackInvitation.byTokenHash", InvitationSecrets.hash(linkToken)), address);
    }

    public Opening openWithCode(String typedCode, String address) {
        if (typedCode == null || !InvitationSecrets.isWellFormedShortCode(typedCode)) {
            return Opening.refused(WhyNotOpened.MALFORMED);
        }
        return open(find("FeedbackInvitation.byCodeHash", InvitationSecrets.hashShortCode(typedCode)), address);
    }

    /** A session for a staff member filling the questionnaire in with or for the person. */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
    public Opening openAssisted(FeedbackInvitation invitation, String staffMember) {
        return Opening.opened(newSession(invitation, staffMember));
    }

    private Opening open(Optional<FeedbackInvitation> found, String address) {
        Instant now = clock.instant();
        if (guessLimits.forCodes().blockedUntil(address, now).isPresent()) {
            return Opening.refused(WhyNotOpened.TOO_MANY_TRIES);
        }
        if (found.isEmpty()) {
            guessLimits.forCodes().recordFailure(address, now);
            return Opening.refused(WhyNotOpened.NOT_FOUND);
        }
        InvitationStatus status = found.get().statusAt(now);
        return switch (status) {
            case OPEN -> Opening.opened(newSession(found.get(), null));
            case COMPLETED -> Opening.refused(WhyNotOpened.ALREADY_SENT);
            case EXPIRED, REVOKED -> Opening.refused(WhyNotOpened.ENDED);
        };
    }

    private String newSession(FeedbackInvitation invitation, String assistedBy) {
        Instant now = clock.instant();
        FeedbackResponse response = em.createNamedQuery("FeedbackResponse.forInvitation", FeedbackResponse.class)
                .setParameter("invitation", invitation).getResultStream().findFirst()
                .orElseGet(() -> {
                    FeedbackResponse started = new FeedbackResponse(invitation, invitation.getEnquiry(),
                            questionnaires.current(), now);
                    em.persist(started);
                    return started;
                });
        String token = InvitationSecrets.newLinkToken(RANDOM);
        em.persist(new RespondentSession(InvitationSecrets.hash(token), response, assistedBy, now));
        return token;
    }

    private Optional<FeedbackInvitation> find(String query, String hash) {
        List<FeedbackInvitation> found = em.createNamedQuery(query, FeedbackInvitation.class).setParameter("hash", hash).getResultList();
        return found.stream().findFirst();
    }
}
