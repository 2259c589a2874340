package org.mspportal.referencegroup.domain.model.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.referencegroup.domain.model.group.Member;

/** A message to a member in the portal: something they said, or supported, has moved on. */
@Entity
@Table(name = "rg_notification")
@NamedQuery(name = "MemberNotification.of", query = "SELECT n FROM MemberNotification n WHERE n.member = :member ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "MemberNotification.unreadCount", query = "SELECT COUNT(n) FROM MemberNotification n WHERE n.member = :member AND n.readAt IS NULL")
public class MemberNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false, length = 600)
    private String message;

    /** The page it is about, within the portal (for example {@code reference-group/suggestion.xhtml?id=5}). */
    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected MemberNotification() {
    }

    public MemberNotification(Member member, String message, String link, Instant createdAt) {
        this.member = member;
        this.message = message;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
