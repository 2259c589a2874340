package org.mspportal.referencegroup.domain.model.session;

import java.time.LocalDate;

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

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** Something a session agreed to do: who owns it, by when, and how far it has got. */
@Entity
@Table(name = "rg_session_action")
@NamedQuery(name = "SessionAction.of", query = "SELECT a FROM SessionAction a WHERE a.session = :session ORDER BY a.dueOn, a.id")
public class SessionAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private GroupSession session;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, length = 120)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionStatus status = ActionStatus.OPEN;

    protected SessionAction() {
    }

    public SessionAction(GroupSession session, String description, String owner, LocalDate dueOn) {
        if (dueOn == null) {
            throw new Refusal("due", "Give the date the action is due.");
        }
        this.session = session;
        this.description = TextLimits.require("description", description, 500, "the action");
        this.owner = TextLimits.require("owner", owner, 120, "who owns the action");
        this.dueOn = dueOn;
    }

    public void moveTo(ActionStatus newStatus) {
        if (newStatus == null) {
            throw new Refusal("status", "Choose where the action has got to.");
        }
        this.status = newStatus;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == ActionStatus.OPEN && day.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }
}
