package org.mspportal.referencegroup.domain.model.topic;

import java.time.Instant;
import java.time.LocalDate;

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

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.group.TextLimits;

/** A policy question put to the group, open for suggestions between two dates (both included). */
@Entity
@Table(name = "rg_policy_topic")
@NamedQuery(name = "PolicyTopic.ofGroup", query = "SELECT t FROM PolicyTopic t WHERE t.group = :group ORDER BY t.opensOn DESC, t.id DESC")
public class PolicyTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private ReferenceGroup group;

    @Column(nullable = false, length = TextLimits.TOPIC_TITLE)
    private String title;

    @Column(nullable = false, length = TextLimits.TOPIC_QUESTION)
    private String question;

    @Column(name = "easy_read_question", length = TextLimits.TOPIC_QUESTION)
    private String easyReadQuestion;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PolicyTopic() {
    }

    public PolicyTopic(ReferenceGroup group, String title, String question, String easyReadQuestion,
                       LocalDate opensOn, LocalDate closesOn, Instant createdAt) {
        if (opensOn == null || closesOn == null) {
            throw new Refusal("closesOn", "Give the dates the topic opens and closes.");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new Refusal("closesOn", "The topic must close on or after the day it opens.");
        }
        this.group = group;
        this.title = TextLimits.require("title", title, TextLimits.TOPIC_TITLE, "the topic's title");
        this.question = TextLimits.require("question", question, TextLimits.TOPIC_QUESTION, "the question");
        this.easyReadQuestion = TextLimits.optional("easyReadQuestion", easyReadQuestion, TextLimits.TOPIC_QUESTION, "the Easy Read question");
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdAt = createdAt;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Refuses a new suggestion on a day the topic is not open, saying when it was or will be. */
    public void requireOpenOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            throw new Refusal("This topic is not open for suggestions yet. It opens on "
                    + TopicDates.format(opensOn) + ".");
        }
        if (day.isAfter(closesOn)) {
            throw new Refusal("This topic closed on " + TopicDates.format(closesOn)
                    + ", so it cannot take new suggestions. You can still read what others said and what happened.");
        }
    }

    public Long getId() {
        return id;
    }

    public ReferenceGroup getGroup() {
        return group;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public String getEasyReadQuestion() {
        return easyReadQuestion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
