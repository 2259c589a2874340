package org.mspportal.survey.application;

import java.time.Instant;

import jakarta.batch.runtime.BatchStatus;

/** A run of the MSP aggregation as the leads' page lists it. */
public record MspRunView(long id, String period, String scope, String requestedBy, Instant requestedAt,
                         BatchStatus status, long itemsDone, long itemsExpected, String failureReason, int restarts) {

    public String statusLabel() {
        return switch (status) {
            case STARTING, STARTED -> "Running";
            case STOPPING, STOPPED -> "Stopped";
            case FAILED -> "Failed";
            case COMPLETED -> "Finished";
            case ABANDONED -> "Abandoned";
        };
    }

    public boolean running() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    public boolean restartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** 0 to 100; a finished run is complete whatever the count says (its staging rows are gone). */
    public int percent() {
        if (status == BatchStatus.COMPLETED) {
            return 100;
        }
        return itemsExpected <= 0 ? 0 : (int) Math.min(99, itemsDone * 100 / itemsExpected);
    }
}
