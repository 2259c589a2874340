package org.mspportal.core.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An invitation to choose a password: single use, time-limited, and stored only as a hash of its token. */
@Entity
@Table(name = "core_account_invitation")
@NamedQuery(name = "AccountInvitation.byTokenHash", query = "SELECT i FROM AccountInvitation i JOIN FETCH i.account WHERE i.tokenHash = :hash")
@NamedQuery(name = "AccountInvitation.openFor", query = "SELECT i FROM AccountInvitation i WHERE i.account = :account AND i.usedAt IS NULL")
public class AccountInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Embedded
    private InvitationValidity validity;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountInvitation() {
    }

    AccountInvitation(UserAccount account, String tokenHash, String issuedBy, Instant issuedAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.validity = new InvitationValidity(issuedBy, issuedAt, expiresAt);
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && !validity.expiredAt(now);
    }

    /** Used, or replaced by a newer invitation: either way it stops working. */
    void close(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    UserAccount getAccount() {
        return account;
    }

    Instant getExpiresAt() {
        return validity.expiresAt();
    }
}
