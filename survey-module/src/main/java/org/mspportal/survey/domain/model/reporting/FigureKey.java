package org.mspportal.survey.domain.model.reporting;

/**
 * One cell of one table: a count is kept for each. The MSP job adds millions of these to hash maps, so
 * equality and hash are written out plainly (same meaning as a record's own).
 */
public record FigureKey(MspTable table, String row, String column) {

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FigureKey that && table == that.table && java.util.Objects.equals(row, that.row)
                && java.util.Objects.equals(column, that.column);
    }

    @Override
    public int hashCode() {
        return (table.ordinal() * 31 + java.util.Objects.hashCode(row)) * 31 + java.util.Objects.hashCode(column);
    }
}
