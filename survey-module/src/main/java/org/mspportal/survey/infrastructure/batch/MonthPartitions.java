package org.mspportal.survey.infrastructure.batch;

import java.util.List;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.domain.model.reporting.ReportingPeriod;

/** One partition per month of the period, two at a time (the reference machine has two cores). */
@Named
@Dependent
public class MonthPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<java.time.YearMonth> months = ReportingPeriod.parse(period).months();
        Properties[] properties = new Properties[months.size()];
        for (int i = 0; i < months.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("month", months.get(i).toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(months.size());
        plan.setThreads(threads == null || threads.isBlank() ? 2 : Integer.parseInt(threads));
        plan.setPartitionProperties(properties);
        // On restart, the same months: partitions that completed are not run again.
        plan.setPartitionsOverride(false);
        return plan;
    }
}
