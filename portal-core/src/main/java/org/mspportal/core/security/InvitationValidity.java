package org.mspportal.core.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.mspportal.core.rule.Refusal;

/**
 * Who issued an invitation, when, and until when it works: the same for a person's feedback invitation and a
 * new account's. The link's secret itself is stored only as its hash ({@link SecretHash}), beside this.
 */
@Embeddable
public class InvitationValidity {

    @Column(name = "issued_by", nullable = false, length = 80)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected InvitationValidity() {
    }

    public InvitationValidity(String issuedBy, Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new Refusal("An invitation must expire after it is issued.");
        }
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the invitation has run out by then, whatever else became of it. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
