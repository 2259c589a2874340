package org.mspportal.referencegroup.domain.model.participation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When a period's participation figures were last made, and by which job execution. */
@Entity
@Table(name = "rg_participation_report")
public class ParticipationReport {

    @Id
    @Column(length = 12)
    private String period;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    protected ParticipationReport() {
    }

    public ParticipationReport(String period, Instant madeAt, long executionId) {
        this.period = period;
        this.madeAt = madeAt;
        this.executionId = executionId;
    }

    public void remake(Instant at, long execution) {
        this.madeAt = at;
        this.executionId = execution;
    }

    public String getPeriod() {
        return period;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}
