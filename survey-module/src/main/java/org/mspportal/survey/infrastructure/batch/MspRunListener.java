package org.mspportal.survey.infrastructure.batch;

import java.sql.SQLException;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps a reason a lead can read when a step of the run fails; the full trace is in the server log. */
@Named
@Dependent
public class MspRunListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    MspRunLauncher runs;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            runs.recordFailure(job.getInstanceId(), reason(step.getStepName(), failure));
        }
    }

    static String reason(String stepName, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = switch (stepName) {
            case "count-enquiries" -> "counting enquiries";
            case "count-feedback" -> "counting feedback";
            default -> "publishing the figures";
        };
        String why = root instanceof SQLException
                ? "the database refused or could not answer a query (" + root.getClass().getSimpleName() + ")"
                : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return "The run stopped while " + what + ": " + why + ". Earlier figures are unchanged. Restart the run "
                + "once the cause is fixed; it carries on from where it stopped.";
    }
}
