package org.mspportal.survey.domain.model.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A statement from the catalogue that a person's desired outcome may be linked to, such as
 * "I want the abuse to stop and to feel safer". Seeded with the No Secrets reference group's
 * statements from the staff guide; administrators can add and retire statements.
 */
@Entity
@Table(name = "survey_outcome_statement")
@NamedQuery(name = "OutcomeStatement.findActive",
        query = "SELECT s FROM OutcomeStatement s WHERE s.active = TRUE ORDER BY s.position")
@NamedQuery(name = "OutcomeStatement.findAll", query = "SELECT s FROM OutcomeStatement s ORDER BY s.position")
public class OutcomeStatement {

    public static final int MAX_WORDING = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String wording;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected OutcomeStatement() {
    }

    public OutcomeStatement(String wording, int position) {
        this.wording = wording;
        this.position = position;
    }

    /** No longer offered for new outcomes; outcomes already linked to it keep the link. */
    public void retire() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getWording() {
        return wording;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
