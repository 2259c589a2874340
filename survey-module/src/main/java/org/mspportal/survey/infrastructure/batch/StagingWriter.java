package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.domain.model.reporting.FigureKey;


/**
 * Stores each counted page's figures under the page's key (job instance, partition, first id). It
 * deletes that key's rows first, so a page written again after a crash, whether or not its first write
 * committed, replaces itself: nothing is counted twice. The rows commit with the chunk's checkpoint, in
 * the chunk's transaction.
 */
@Named
@Dependent
public class StagingWriter extends AbstractItemWriter {

    @Resource(lookup = MspAggregationJob.DATASOURCE)
    DataSource dataSource;

    @Inject
    JobContext job;

    /** E (enquiries) or F (feedback) and the partition's number, e.g. {@code E0}. */
    @Inject
    @BatchProperty
    String partition;


    /** The run's pause after each chunk, read from its parameters on the first chunk. */
    private Long pauseMillis;

    @Override
    public void writeItems(List<Object> items) throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM survey_msp_staging "
                     + "WHERE job_instance_id = ? AND partition_key = ? AND chunk_key = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO survey_msp_staging (job_instance_id, "
                     + "partition_key, chunk_key, table_code, row_key, column_key, figure) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object item : items) {
                CountedPage page = (CountedPage) item;
                delete.setLong(1, job.getInstanceId());
                delete.setString(2, partition);
                delete.setLong(3, page.firstId());
                delete.executeUpdate();
                for (Map.Entry<FigureKey, Long> count : page.figures().counts().entrySet()) {
                    FigureKey figure = count.getKey();
                    add(insert, page.firstId(), figure.table().name(), figure.rowKey(), figure.column(), count.getValue());
                }
                add(insert, page.firstId(), MspAggregationJob.ITEMS, "ALL", "ALL", page.items());
            }
            insert.executeBatch();
        }
        if (pauseMillis == null) {
            pauseMillis = MspRunParameters.of(job).chunkPauseMillis();
        }
        long pause = pauseMillis;
        if (pause > 0) {
            Thread.sleep(pause);
        }
    }

    private void add(PreparedStatement insert, long chunkKey, String table, String row, String column, long figure)
            throws SQLException {
        insert.setLong(1, job.getInstanceId());
        insert.setString(2, partition);
        insert.setLong(3, chunkKey);
        insert.setString(4, table);
        insert.setString(5, row);
        insert.setString(6, column);
        insert.setLong(7, figure);
        insert.addBatch();
    }
}
