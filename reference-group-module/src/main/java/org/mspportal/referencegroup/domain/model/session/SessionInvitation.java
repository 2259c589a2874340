package org.mspportal.referencegroup.domain.model.session;

import java.time.Instant;

import jakarta.persistence.Column;
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
import jakarta.persistence.UniqueConstraint;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** A member's invitation to a session: their reply, what they need for this one, and whether they came. */
@Entity
@Table(name = "rg_session_invitation", uniqueConstraints = @UniqueConstraint(columnNames = {"session_id", "member_id"}))
@NamedQuery(name = "SessionInvitation.of", query = "SELECT i FROM SessionInvitation i JOIN FETCH i.member WHERE i.session = :session ORDER BY i.member.fullName")
@NamedQuery(name = "SessionInvitation.forMember", query = "SELECT i FROM SessionInvitation i WHERE i.session = :session AND i.member = :member")
public class SessionInvitation {

    public static final int NEEDS_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private GroupSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Rsvp rsvp = Rsvp.NO_REPLY;

    @Column(name = "needs_note", length = NEEDS_NOTE)
    private String needsNote;

    @Column(name = "replied_at")
    private Instant repliedAt;

    /** Null until the facilitator records attendance. */
    private Boolean attended;

    protected SessionInvitation() {
    }

    public SessionInvitation(GroupSession session, Member member) {
        this.session = session;
        this.member = member;
    }

    public void reply(Rsvp answer, String needsForThisSession, Instant now) {
        session.requireUpcomingAt(now);
        if (answer == null || answer == Rsvp.NO_REPLY) {
            throw new Refusal("rsvp", "Choose whether you are coming.");
        }
        this.rsvp = answer;
        this.needsNote = TextLimits.optional("needsNote", needsForThisSession, NEEDS_NOTE, "what you need for this session");
        this.repliedAt = now;
    }

    public void recordAttendance(boolean came, Instant now) {
        session.requireStartedAt(now, "attendance");
        this.attended = came;
    }

    public GroupSession getSession() {
        return session;
    }

    public Member getMember() {
        return member;
    }

    public Rsvp getRsvp() {
        return rsvp;
    }

    public String getNeedsNote() {
        return needsNote;
    }

    public Boolean getAttended() {
        return attended;
    }
}
