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

/** A member's answers to the short form after a session. One per member; sending again replaces it. */
@Entity
@Table(name = "rg_session_feedback", uniqueConstraints = @UniqueConstraint(columnNames = {"session_id", "member_id"}))
@NamedQuery(name = "SessionFeedback.of", query = "SELECT f FROM SessionFeedback f WHERE f.session = :session ORDER BY f.submittedAt")
@NamedQuery(name = "SessionFeedback.byMember", query = "SELECT f FROM SessionFeedback f WHERE f.session = :session AND f.member = :member")
public class SessionFeedback {

    public static final int CHANGE = 1000;

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
    @Column(name = "listened_to", nullable = false, length = 10)
    private Answer listenedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_right", nullable = false, length = 10)
    private Answer venueRight;

    @Column(name = "what_to_change", length = CHANGE)
    private String whatToChange;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SessionFeedback() {
    }

    public SessionFeedback(GroupSession session, Member member) {
        this.session = session;
        this.member = member;
    }

    public void answer(Answer listened, Answer venue, String change, Instant now) {
        session.requireStartedAt(now, "feedback");
        if (listened == null) {
            throw new Refusal("listenedTo", "Say whether you felt listened to.");
        }
        if (venue == null) {
            throw new Refusal("venueRight", "Say whether the place was right for you.");
        }
        this.listenedTo = listened;
        this.venueRight = venue;
        this.whatToChange = TextLimits.optional("whatToChange", change, CHANGE, "what you would change");
        this.submittedAt = now;
    }

    public Answer getListenedTo() {
        return listenedTo;
    }

    public Answer getVenueRight() {
        return venueRight;
    }

    public String getWhatToChange() {
        return whatToChange;
    }

    public boolean isNew() {
        return id == null;
    }
}
