package org.mspportal.survey.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * JBeret restarts only the partitions it has a record of, and it records a partition when the partition starts:
 * after a crash, partitions that had not started yet would never be counted. So every partition of an unfinished
 * counting step gets a record (FAILED, no checkpoint) before the restart; JBeret then counts those from their
 * beginning and the others from their checkpoints.
 */
@Stateless
@PermitAll
public class UnstartedPartitions {

    @Resource(lookup = MspAggregationJob.DATASOURCE)
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long executionId, String stepName, int partitions) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement steps = c.prepareStatement("SELECT STEPEXECUTIONID FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?"
                     + " AND STEPNAME = ? AND BATCHSTATUS IN ('FAILED', 'STOPPED')");
             PreparedStatement insert = c.prepareStatement("INSERT INTO PARTITION_EXECUTION (PARTITIONEXECUTIONID,"
                     + " STEPEXECUTIONID, VERSION, BATCHSTATUS) SELECT ?, ?, 0, 'FAILED' WHERE NOT EXISTS (SELECT 1 FROM"
                     + " PARTITION_EXECUTION WHERE PARTITIONEXECUTIONID = ? AND STEPEXECUTIONID = ?)")) {
            steps.setLong(1, executionId);
            steps.setString(2, stepName);
            try (ResultSet r = steps.executeQuery()) {
                while (r.next()) {
                    long step = r.getLong(1);
                    for (int partition = 0; partition < partitions; partition++) {
                        insert.setInt(1, partition);
                        insert.setLong(2, step);
                        insert.setInt(3, partition);
                        insert.setLong(4, step);
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the run's restart", e);
        }
    }
}
