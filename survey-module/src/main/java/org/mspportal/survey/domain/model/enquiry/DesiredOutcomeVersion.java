package org.mspportal.survey.domain.model.enquiry;

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
import jakarta.persistence.Table;


/** One wording of a desired outcome, as recorded at one stage. Never changed once written. */
@Entity
@Table(name = "survey_desired_outcome_version")
public class DesiredOutcomeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id")
    private DesiredOutcome outcome;

    @Column(nullable = false)
    private int number;

    @Column(name = "own_words", nullable = false, length = DesiredOutcome.MAX_WORDING)
    private String ownWords;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    private OutcomeStatement statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EnquiryStage stage;

    @Column(name = "reason_for_change", length = DesiredOutcome.MAX_REASON)
    private String reasonForChange;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DesiredOutcomeVersion() {
    }

    DesiredOutcomeVersion(DesiredOutcome outcome, int number, String ownWords, OutcomeStatement statement,
                          EnquiryStage stage, String reasonForChange, String recordedBy, Instant recordedAt) {
        this.outcome = outcome;
        this.number = number;
        this.ownWords = ownWords;
        this.statement = statement;
        this.stage = stage;
        this.reasonForChange = reasonForChange;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getNumber() {
        return number;
    }

    public String getOwnWords() {
        return ownWords;
    }

    public OutcomeStatement getStatement() {
        return statement;
    }

    public EnquiryStage getStage() {
        return stage;
    }

    public String getReasonForChange() {
        return reasonForChange;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
