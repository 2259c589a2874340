package org.mspportal.referencegroup.domain.model.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One published participation figure of a period, unrounded: suppression is applied when it is shown. */
@Entity
@Table(name = "rg_participation_figure")
@NamedQuery(name = "ParticipationFigure.ofPeriod", query = "SELECT f FROM ParticipationFigure f WHERE f.period = :period ORDER BY f.measure, f.figureKey")
@NamedQuery(name = "ParticipationFigure.deletePeriod", query = "DELETE FROM ParticipationFigure f WHERE f.period = :period")
public class ParticipationFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ParticipationMeasure measure;

    @Column(name = "figure_key", nullable = false, length = 200)
    private String figureKey;

    @Column(name = "figure_count", nullable = false)
    private long count;

    protected ParticipationFigure() {
    }

    public ParticipationFigure(String period, ParticipationMeasure measure, String figureKey, long count) {
        this.period = period;
        this.measure = measure;
        this.figureKey = figureKey.length() > 200 ? figureKey.substring(0, 200) : figureKey;
        this.count = count;
    }

    public ParticipationMeasure getMeasure() {
        return measure;
    }

    public String getFigureKey() {
        return figureKey;
    }

    public long getCount() {
        return count;
    }
}
