package org.mspportal.core.batch;

import java.time.Instant;

import jakarta.batch.runtime.BatchStatus;

/**
 * Where the latest execution of a job stands, for a page that follows it.
 *
 * @param executionId its execution
 * @param status      JBeret's status
 * @param interrupted true when its server stopped while it ran (a crash); recovery restarts it, or a person may
 * @param startedAt   when it started (or was created, if it has not started), null if never
 * @param endedAt     when it ended, null while it runs
 */
public record JobRun(long executionId, BatchStatus status, boolean interrupted, Instant startedAt, Instant endedAt) {

    public boolean running() {
        return !interrupted && (status == BatchStatus.STARTING || status == BatchStatus.STARTED
                || status == BatchStatus.STOPPING);
    }
}
