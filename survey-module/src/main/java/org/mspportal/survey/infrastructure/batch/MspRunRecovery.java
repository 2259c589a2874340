package org.mspportal.survey.infrastructure.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mspportal.survey.domain.model.reporting.MspRun;

/**
 * When the server starts, finds the MSP aggregation runs it had under way when it last stopped (a
 * crash, a kill -9, a power cut) and resumes each from its last checkpoints. Only this server's own
 * runs, created before this process started, are touched: in a cluster a server never takes over a
 * run another one is doing, and a redeployment never touches a run that is really going.
 */
@Singleton
@Startup
public class MspRunRecovery {

    private static final Logger LOG = Logger.getLogger(MspRunRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MspRunControl runs;

    @PostConstruct
    void scheduleAfterDeployment() {
        // Once the deployment is complete and the batch runtime has its job definitions.
        timers.createSingleActionTimer(2_000, new TimerConfig("resume unfinished MSP aggregation runs", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeUnfinishedRuns() {
        for (MspRun run : runs.abandonedOnThisNode()) {
            try {
                runs.markAbandonedExecutionFailed(run.getExecutionId());
                MspRun resumed = runs.restart(run.getId());
                LOG.info(() -> "Resumed MSP aggregation run " + run.getId() + " (" + run.getPeriod() + ") as execution "
                        + resumed.getExecutionId() + ".");
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not resume MSP aggregation run " + run.getId(), e);
            }
        }
    }
}
