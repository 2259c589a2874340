package org.mspportal.survey.domain.model.reporting;

import java.util.Objects;

/**
 * One cell of one table: a count is kept for each. A row may be in two parts (a feedback question and who
 * answered it, its team or its quarter), kept apart while counting and joined as {@code question|detail}
 * only when stored: the job counts millions of figures, and joining the parts of each cost a new string
 * to build and hash every time. Equality and hash are written out plainly for the same reason.
 */
public record FigureKey(MspTable table, String row, String rowDetail, String column) {

    public FigureKey(MspTable table, String row, String column) {
        this(table, row, null, column);
    }

    /** The row as staging and the reports know it: {@code LISTENED_TO} or {@code LISTENED_TO|7}. */
    public String rowKey() {
        return rowDetail == null ? row : row + MspCounting.SEPARATOR + rowDetail;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FigureKey that && table == that.table && Objects.equals(row, that.row)
                && Objects.equals(rowDetail, that.rowDetail) && Objects.equals(column, that.column);
    }

    @Override
    public int hashCode() {
        return ((table.ordinal() * 31 + Objects.hashCode(row)) * 31 + Objects.hashCode(rowDetail)) * 31
                + Objects.hashCode(column);
    }
}
