package org.mspportal.survey.domain.model.invitation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.InvitationValidity;
import org.mspportal.survey.domain.model.enquiry.Enquiry;

/**
 * An invitation to give feedback on an enquiry. Holds only the hashes of its link token and short code:
 * the secrets themselves exist only in the letter or email the person receives.
 */
@Entity
@Table(name = "survey_invitation")
@NamedQuery(name = "FeedbackInvitation.forEnquiry",
        query = "SELECT i FROM FeedbackInvitation i WHERE i.enquiry = :enquiry ORDER BY i.validity.issuedAt DESC, i.id DESC")
@NamedQuery(name = "FeedbackInvitation.byTokenHash", query = "SELECT i FROM FeedbackInvitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = "FeedbackInvitation.byCodeHash", query = "SELECT i FROM FeedbackInvitation i WHERE i.codeHash = :hash")
public class FeedbackInvitation {

    /** How the invitation reaches the person. */
    public enum Channel { LETTER, EMAIL, ASSISTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enquiry_id")
    private Enquiry enquiry;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Embedded
    private InvitationValidity validity;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** Why a lead invited the person again after their feedback was given; none for a first invitation. */
    @Column(name = "reissue_reason", length = InvitationRule.MAX_REASON)
    private String reissueReason;

    protected FeedbackInvitation() {
    }

    /**
     * @param linkToken the secret of the link, hashed here and never stored
     * @param shortCode the code to read over the phone, hashed here and never stored
     */
    public FeedbackInvitation(Enquiry enquiry, String linkToken, String shortCode, Channel channel, String issuedBy,
                      Instant issuedAt, Instant expiresAt) {
        this.validity = new InvitationValidity(issuedBy, issuedAt, expiresAt);
        this.enquiry = enquiry;
        this.tokenHash = InvitationSecrets.hash(linkToken);
        this.codeHash = InvitationSecrets.hashShortCode(shortCode);
        this.channel = channel;
    }

    public InvitationStatus statusAt(Instant now) {
        return InvitationStatus.at(now, validity.expiresAt(), revokedAt, completedAt);
    }

    /** Revokes the invitation if it is still open; a used or expired one stays as it was. */
    public void revoke(Instant at) {
        if (statusAt(at) == InvitationStatus.OPEN) {
            revokedAt = at;
        }
    }

    /** The feedback was sent: neither the link nor the code works again. */
    public void complete(Instant at) {
        if (statusAt(at) != InvitationStatus.OPEN) {
            throw new Refusal("This invitation can no longer be used.");
        }
        completedAt = at;
    }

    public Enquiry getEnquiry() {
        return enquiry;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getIssuedBy() {
        return validity.issuedBy();
    }

    public Instant getIssuedAt() {
        return validity.issuedAt();
    }

    public Instant getExpiresAt() {
        return validity.expiresAt();
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void invitedAgainBecause(String reason) {
        this.reissueReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String getReissueReason() {
        return reissueReason;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
