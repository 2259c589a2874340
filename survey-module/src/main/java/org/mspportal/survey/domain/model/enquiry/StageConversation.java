package org.mspportal.survey.domain.model.enquiry;

import java.time.Instant;
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
import jakarta.persistence.Table;

/** The conversation with the person at one stage: what matters to them now. Never changed once written. */
@Entity
@Table(name = "survey_stage_conversation")
public class StageConversation {

    public static final int MAX_PRIORITIES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enquiry_id")
    private Enquiry enquiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EnquiryStage stage;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "priorities_now", nullable = false, length = MAX_PRIORITIES)
    private String prioritiesNow;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StageConversation() {
    }

    StageConversation(Enquiry enquiry, EnquiryStage stage, LocalDate heldOn, String prioritiesNow,
                      String recordedBy, Instant recordedAt) {
        this.enquiry = enquiry;
        this.stage = stage;
        this.heldOn = heldOn;
        this.prioritiesNow = prioritiesNow;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public EnquiryStage getStage() {
        return stage;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPrioritiesNow() {
        return prioritiesNow;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
