package org.mspportal.survey.domain.model.feedback;

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

/**
 * The saved answer to one page. A row of its own (unique per response and page), so that two tabs
 * saving different pages never overwrite each other; the text is kept exactly as typed.
 */
@Entity
@Table(name = "survey_feedback_reply")
@NamedQuery(name = "FeedbackReply.forResponse",
        query = "SELECT r FROM FeedbackReply r WHERE r.response.id = :response")
public class FeedbackReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private FeedbackResponse response;

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(length = 40)
    private String choice;

    @Column(length = 10000)
    private String detail;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected FeedbackReply() {
    }

    public FeedbackReply(FeedbackResponse response, String stepKey, String choice, String detail, Instant at) {
        this.response = response;
        this.stepKey = stepKey;
        change(choice, detail, at);
    }

    public void change(String newChoice, String newDetail, Instant at) {
        this.choice = newChoice;
        this.detail = newDetail;
        this.savedAt = at;
    }

    public FeedbackJourney.Reply asReply() {
        return new FeedbackJourney.Reply(choice, detail);
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getChoice() {
        return choice;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
