package org.mspportal.referencegroup.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import org.mspportal.core.time.UkTime;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/**
 * A reference group session: when and where the group meets, what for, its materials (with an Easy Read
 * summary), and afterwards its notes. Named GroupSession so it is never mistaken for an HTTP session.
 */
@Entity
@Table(name = "rg_session")
@NamedQuery(name = "GroupSession.ofGroup", query = "SELECT s FROM GroupSession s WHERE s.group = :group ORDER BY s.startsAt DESC")
public class GroupSession {

    public static final int PURPOSE = 500;
    public static final int VENUE_DETAILS = 1000;
    public static final int MATERIALS = 5000;
    public static final int EASY_READ_SUMMARY = 2000;
    public static final int NOTES = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private ReferenceGroup group;

    @Column(nullable = false, length = PURPOSE)
    private String purpose;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Venue venue;

    @Column(name = "venue_name", nullable = false, length = 200)
    private String venueName;

    /** Step-free access, hearing loop, toilets, parking, quiet room; for online, how to join and get help. */
    @Column(name = "venue_accessibility", length = VENUE_DETAILS)
    private String venueAccessibility;

    @Column(length = MATERIALS)
    private String materials;

    @Column(name = "easy_read_summary", length = EASY_READ_SUMMARY)
    private String easyReadSummary;

    @Column(length = NOTES)
    private String notes;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected GroupSession() {
    }

    public GroupSession(ReferenceGroup group, String purpose, Instant startsAt, Duration length, Venue venue, String venueName,
                        String venueAccessibility, String materials, String easyReadSummary, String createdBy) {
        if (startsAt == null) {
            throw new Refusal("startsAt", "Give the date and time the session starts.");
        }
        if (length == null || length.isNegative() || length.isZero() || length.toHours() > 12) {
            throw new Refusal("minutes", "Give how long the session lasts, between 15 minutes and 12 hours.");
        }
        if (venue == null) {
            throw new Refusal("venue", "Choose where the session meets.");
        }
        this.group = group;
        this.purpose = TextLimits.require("purpose", purpose, PURPOSE, "what the session is for");
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(length);
        this.venue = venue;
        this.venueName = TextLimits.require("venueName", venueName, 200, venue == Venue.ONLINE ? "how people join online" : "the venue's name and address");
        this.venueAccessibility = TextLimits.optional("venueAccessibility", venueAccessibility, VENUE_DETAILS, "the venue's accessibility details");
        this.materials = TextLimits.optional("materials", materials, MATERIALS, "the materials");
        this.easyReadSummary = TextLimits.optional("easyReadSummary", easyReadSummary, EASY_READ_SUMMARY, "the Easy Read summary");
        this.createdBy = createdBy;
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Replies are for sessions still to come. */
    public void requireUpcomingAt(Instant now) {
        if (hasStartedAt(now)) {
            throw new Refusal("This session took place on " + day() + ", so you cannot reply to the invitation now.");
        }
    }

    /** Attendance, notes and feedback are for sessions that have begun. */
    public void requireStartedAt(Instant now, String what) {
        if (!hasStartedAt(now)) {
            throw new Refusal("The session has not happened yet (it is on " + day() + "), so " + what + " cannot be recorded yet.");
        }
    }

    public void recordNotes(String text) {
        this.notes = TextLimits.optional("notes", text, NOTES, "the notes");
    }

    private String day() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(startsAt.atZone(UkTime.ZONE));
    }

    public Long getId() {
        return id;
    }

    public ReferenceGroup getGroup() {
        return group;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAccessibility() {
        return venueAccessibility;
    }

    public String getMaterials() {
        return materials;
    }

    public String getEasyReadSummary() {
        return easyReadSummary;
    }

    public String getNotes() {
        return notes;
    }
}
