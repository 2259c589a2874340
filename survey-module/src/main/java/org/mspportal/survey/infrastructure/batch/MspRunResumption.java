package org.mspportal.survey.infrastructure.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mspportal.core.batch.JobRecovery;

/**
 * How the core's crash recovery resumes a run of the figures: as a restart of the same run, so that its record
 * follows the new execution and partitions that had not started yet are counted too.
 */
@ApplicationScoped
public class MspRunResumption implements JobRecovery {

    @Inject
    MspRunLauncher runs;

    @Override
    public String job() {
        return MspAggregationJob.NAME;
    }

    @Override
    public long resume(long abandonedExecutionId) {
        long runId = runs.byExecution(abandonedExecutionId)
                .orElseThrow(() -> new IllegalStateException("No run of the figures has execution " + abandonedExecutionId))
                .getId();
        return runs.restart(runId).getExecutionId();
    }
}
