package org.mspportal.core.batch;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * When the server starts, finds the job executions it had under way when it last stopped (a crash, a kill -9, a
 * power cut) and resumes each from its last checkpoints: every module's jobs, each as its module says. Only this
 * server's own executions, created before this process started, are touched: in a cluster a server never takes
 * over a run another one is doing, and a redeployment never touches a run that is really going.
 */
@Singleton
@Startup
@PermitAll
public class AbandonedJobRecovery {

    private static final Logger LOG = Logger.getLogger(AbandonedJobRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobRuns runs;

    @Inject
    @Any
    Instance<JobRecovery> recoveries;

    @PostConstruct
    void scheduleAfterDeployment() {
        // Once the deployment is complete and the batch runtime has its job definitions.
        timers.createSingleActionTimer(2_000, new TimerConfig("resume unfinished job executions", false));
    }

    /** Once, shortly after deployment; public for tests that leave an execution as a crash would. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeUnfinished() {
        for (JobRuns.AbandonedExecution abandoned : runs.abandonedOnThisNode()) {
            long id = abandoned.executionId();
            try {
                runs.markFailed(id);
                Optional<JobRecovery> own = recoveries.stream().filter(r -> r.job().equals(abandoned.job())).findFirst();
                long resumed = own.isPresent() ? own.get().resume(id)
                        : runs.restart(id, BatchRuntime.getJobOperator().getParameters(id));
                LOG.info(() -> "Resumed " + abandoned.job() + " execution " + id + " as execution " + resumed + ".");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resume " + abandoned.job() + " execution " + id, e);
            }
        }
    }
}
