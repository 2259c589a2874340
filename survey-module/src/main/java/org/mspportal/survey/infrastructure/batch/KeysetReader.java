package org.mspportal.survey.infrastructure.batch;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

/**
 * Reads rows in id order, a page at a time, and checkpoints the id of the last row handed out: a
 * restart resumes after it, and memory holds one page however many rows there are.
 */
abstract class KeysetReader<T> extends AbstractItemReader {

    static final int PAGE = 1000;

    @Resource(lookup = MspAggregationJob.DATASOURCE)
    DataSource dataSource;

    /** The reporting period, {@code 2025-26} or {@code 2025-26 Q3}. */
    @Inject
    @BatchProperty
    String period;

    /** The partition's range of ids, inclusive. */
    @Inject
    @BatchProperty(name = "firstId")
    String firstIdProperty;

    @Inject
    @BatchProperty(name = "lastId")
    String lastIdProperty;

    long lastId;

    /** {@code council} or {@code team:<id>}. */
    @Inject
    @BatchProperty
    String scope;

    private final Deque<T> page = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    /** The next rows after {@code afterId} and up to {@code lastId}, in id order, at most {@link #PAGE}. */
    abstract List<T> fetch(Connection connection, long afterId) throws SQLException;

    abstract long idOf(T item);

    @Override
    public void open(Serializable checkpoint) {
        lastId = Long.parseLong(lastIdProperty);
        lastRead = checkpoint == null ? Long.parseLong(firstIdProperty) - 1 : (Long) checkpoint;
    }

    @Override
    public Object readItem() throws SQLException {
        if (page.isEmpty() && !exhausted) {
            long after = lastRead;
            try (Connection connection = dataSource.getConnection()) {
                List<T> rows = fetch(connection, after);
                page.addAll(rows);
                exhausted = rows.size() < PAGE;
            }
        }
        T next = page.poll();
        if (next != null) {
            lastRead = idOf(next);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
