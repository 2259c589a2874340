package org.mspportal.survey.domain.model.feedback;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.domain.model.questionnaire.QuestionnaireVersion;

/**
 * The feedback given through one invitation: at most one per invitation (the database says so too),
 * answers saved page by page as {@link FeedbackReply} rows, then sent once.
 */
@Entity
@Table(name = "survey_feedback_response")
@NamedQuery(name = "FeedbackResponse.forInvitation",
        query = "SELECT r FROM FeedbackResponse r WHERE r.invitation = :invitation")
public class FeedbackResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id", unique = true)
    private FeedbackInvitation invitation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enquiry_id")
    private Enquiry enquiry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private QuestionnaireVersion questionnaire;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_by", length = 30)
    private WhoAnswered answeredBy;

    /** The staff member who filled the form in with or for the person, if any. */
    @Column(name = "assisted_by", length = 80)
    private String assistedBy;

    protected FeedbackResponse() {
    }

    public FeedbackResponse(FeedbackInvitation invitation, Enquiry enquiry, QuestionnaireVersion questionnaire, Instant at) {
        this.invitation = invitation;
        this.enquiry = enquiry;
        this.questionnaire = questionnaire;
        this.startedAt = at;
    }

    /** Sends the answers: once only. Completes the invitation so neither link nor code works again. */
    public void submit(WhoAnswered who, String staffMember, Instant at) {
        if (isSubmitted()) {
            throw new Refusal("These answers have already been sent.");
        }
        this.answeredBy = who;
        this.assistedBy = staffMember;
        this.submittedAt = at;
        invitation.complete(at);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public FeedbackInvitation getInvitation() {
        return invitation;
    }

    public Enquiry getEnquiry() {
        return enquiry;
    }

    public QuestionnaireVersion getQuestionnaire() {
        return questionnaire;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public WhoAnswered getAnsweredBy() {
        return answeredBy;
    }

    public String getAssistedBy() {
        return assistedBy;
    }
}
