package org.mspportal.core.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A case system allowed to call the REST API, such as the council's social care record. The realm
 * reads {@code principal_name} and {@code key_hash} (through the {@code core_security_principal}
 * view) and grants {@link #ROLE} while the client is not revoked.
 */
@Entity
@Table(name = "core_api_client")
@NamedQuery(name = "ApiClient.all", query = "SELECT c FROM ApiClient c ORDER BY c.revokedAt DESC NULLS FIRST, c.name")
@NamedQuery(name = "ApiClient.byClientId", query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
public class ApiClient {

    /** The only role an API client ever has; no person can be given it. */
    public static final String ROLE = "CASE_SYSTEM";

    public static final int MAX_NAME = 100;
    public static final int MAX_PURPOSE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 20)
    private String clientId;

    @Column(name = "principal_name", nullable = false, unique = true, length = 40)
    private String principalName;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_PURPOSE)
    private String purpose;

    @Column(name = "key_hash", nullable = false, length = 200)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    protected ApiClient() {
    }

    ApiClient(String clientId, String name, String purpose, String keyHash, String createdBy, Instant createdAt) {
        this.clientId = clientId;
        this.principalName = ApiKey.principalName(clientId);
        this.name = name;
        this.purpose = purpose;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public String getClientId() {
        return clientId;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
