package org.mspportal.survey.infrastructure.batch;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * Reads rows in id order, a page of {@code pageSize} rows at a time, and hands each page out as one item:
 * the job's chunk is one page, so the counting rules run over a page in a plain loop rather than the batch
 * runtime passing half a million items one by one. The checkpoint is the id of the page's last row: a
 * restart resumes after it, and memory holds one page however many rows there are.
 */
abstract class KeysetReader<T> extends AbstractItemReader {

    /** Only reads: not in the chunk's transaction, which holds the staging rows and the checkpoint. */
    @Resource(lookup = MspAggregationJob.READ_DATASOURCE)
    DataSource dataSource;

    @Inject
    JobContext job;

    /** The run's period, scope and page size. */
    MspRunParameters run;

    /** The partition's range of ids, inclusive. */
    @Inject
    @BatchProperty(name = "firstId")
    String firstIdProperty;

    @Inject
    @BatchProperty(name = "lastId")
    String lastIdProperty;

    long lastId;

    /** Rows per page, and so per chunk and checkpoint. */
    int page;

    private long lastRead;
    private boolean exhausted;

    /** The next rows after {@code afterId} and up to {@code lastId}, in id order, at most {@link #page}. */
    abstract List<T> fetch(Connection connection, long afterId) throws SQLException;

    abstract long idOf(T item);

    @Override
    public void open(Serializable checkpoint) {
        run = MspRunParameters.of(job);
        lastId = Long.parseLong(lastIdProperty);
        page = run.chunkSize();
        lastRead = checkpoint == null ? Long.parseLong(firstIdProperty) - 1 : (Long) checkpoint;
    }

    @Override
    public Object readItem() throws SQLException {
        if (exhausted) {
            return null;
        }
        List<T> rows;
        try (Connection connection = dataSource.getConnection()) {
            rows = fetch(connection, lastRead);
        }
        exhausted = rows.size() < page;
        if (rows.isEmpty()) {
            return null;
        }
        lastRead = idOf(rows.get(rows.size() - 1));
        return new FactsPage<>(idOf(rows.get(0)), rows);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
