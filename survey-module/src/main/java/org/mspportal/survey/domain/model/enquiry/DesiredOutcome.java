package org.mspportal.survey.domain.model.enquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;

/**
 * One of the (at most three) outcomes the person wants, in their own words. Each change is a new
 * {@link DesiredOutcomeVersion} with its reason: nothing the person said is ever overwritten.
 * At closure it is assessed as fully, partly or not achieved.
 */
@Entity
@Table(name = "survey_desired_outcome")
public class DesiredOutcome {

    public static final int MAX_WORDING = 1000;
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enquiry_id")
    private Enquiry enquiry;

    /** 1, 2 or 3: the person's order of priority when first recorded. */
    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<DesiredOutcomeVersion> versions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OutcomeAchievement achievement;

    @Column(name = "achievement_reason", length = MAX_REASON)
    private String achievementReason;

    @Column(name = "could_have_done_better", length = MAX_REASON)
    private String couldHaveDoneBetter;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected DesiredOutcome() {
    }

    public DesiredOutcome(Enquiry enquiry, int position) {
        this.enquiry = enquiry;
        this.position = position;
    }

    /** Records the outcome's wording (the first version, or a change of it at a later stage). */
    public DesiredOutcomeVersion record(String ownWords, OutcomeStatement statement, EnquiryStage stage,
                                        String reasonForChange, String recordedBy, Instant at) {
        String words = ownWords == null ? "" : ownWords.strip();
        if (words.isEmpty()) {
            throw new Refusal("Write the outcome in the person's own words.");
        }
        if (words.length() > MAX_WORDING) {
            throw new Refusal("Keep each outcome to " + MAX_WORDING + " characters or fewer.");
        }
        if (!versions.isEmpty() && (reasonForChange == null || reasonForChange.isBlank())) {
            throw new Refusal("Say why the outcome has changed.");
        }
        DesiredOutcomeVersion version = new DesiredOutcomeVersion(this, versions.size() + 1, words, statement, stage,
                versions.isEmpty() ? null : reasonForChange.strip(), recordedBy, at);
        versions.add(version);
        return version;
    }

    public void assess(OutcomeAchievement achieved, String reason, String couldHaveDoneBetter, Instant at) {
        if (achieved == null) {
            throw new Refusal("Choose whether the outcome was fully, partly or not achieved.");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Say why the outcome was " + achieved.label().toLowerCase() + ".");
        }
        this.achievement = achieved;
        this.achievementReason = reason.strip();
        this.couldHaveDoneBetter = couldHaveDoneBetter == null || couldHaveDoneBetter.isBlank()
                ? null : couldHaveDoneBetter.strip();
        this.assessedAt = at;
    }

    /** The latest version: the highest number, however the versions were loaded. */
    public DesiredOutcomeVersion current() {
        return versions.stream().max(java.util.Comparator.comparingInt(DesiredOutcomeVersion::getNumber)).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public List<DesiredOutcomeVersion> getVersions() {
        return List.copyOf(versions);
    }

    public OutcomeAchievement getAchievement() {
        return achievement;
    }

    public String getAchievementReason() {
        return achievementReason;
    }

    public String getCouldHaveDoneBetter() {
        return couldHaveDoneBetter;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
