package org.mspportal.survey.application;

import jakarta.batch.runtime.BatchStatus;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.MspRun;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** What the leads' reporting service needs of the batch runtime; the module's infrastructure provides it. */
public interface MspRuns {

    /** Starts a run of the figures and records it. */
    MspRun launch(ReportingPeriod period, ReportScope scope, String requestedBy, MspRunTuning tuning);

    /** Restarts a failed or stopped run from its last checkpoint. */
    MspRun restart(long runId);

    /** Where the run's latest execution stands. */
    BatchStatus status(MspRun run);

    /** Enquiries and responses the run has counted so far. */
    long itemsDone(long jobInstanceId);
}
