package org.mspportal.survey.infrastructure.batch;

import java.util.List;
import java.util.Properties;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Splits the rows into ranges of ids fixed when the run was started (a job parameter, so a restart
 * gets exactly the same partitions, each resuming from its own checkpoint), read two at a time. Each
 * partition reads its range once, in id order, keeping the period's rows: one pass over the table
 * in all, where partitions by month would each have scanned it.
 */
@Named
@Dependent
public class IdRangePartitions implements PartitionMapper {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public PartitionPlan mapPartitions() {
        MspRunParameters run = MspRunParameters.of(job);
        List<long[]> split = run.rangesOf(step.getStepName());
        // E (enquiries) or F (feedback): the start of each partition's key in the staging table.
        String prefix = MspAggregationJob.COUNT_FEEDBACK.equals(step.getStepName()) ? "F" : "E";
        Properties[] properties = new Properties[split.size()];
        for (int i = 0; i < split.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("firstId", Long.toString(split.get(i)[0]));
            properties[i].setProperty("lastId", Long.toString(split.get(i)[1]));
            properties[i].setProperty("partition", prefix + i);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(split.size());
        plan.setThreads(run.threads());
        plan.setPartitionProperties(properties);
        // On restart, the same partitions: those that completed are not run again.
        plan.setPartitionsOverride(false);
        return plan;
    }
}
