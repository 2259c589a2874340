package org.mspportal.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of the audit log: who did what, to what, when and from where. Never changed once written. */
@Entity
@Table(name = "core_audit_entry")
@NamedQuery(name = "AuditEntry.latest", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
@NamedQuery(name = "AuditEntry.count", query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String subject;

    @Column(length = 500)
    private String detail;

    @Column(name = "from_address", length = 64)
    private String fromAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail, String fromAddress) {
        this.at = at;
        this.actor = truncate(actor, 80);
        this.action = truncate(action, 60);
        this.subject = truncate(subject, 200);
        this.detail = truncate(detail, 500);
        this.fromAddress = truncate(fromAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getFromAddress() {
        return fromAddress;
    }
}
