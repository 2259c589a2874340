package org.mspportal.referencegroup.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;

/** The job's one step: count the period's participation and publish it. */
@Named
@Dependent
public class CountParticipation extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    @Inject
    ParticipationPublisher publisher;

    @Override
    public String process() {
        int figures = publisher.publish(ReportingPeriod.parse(period), job.getExecutionId());
        return "PUBLISHED " + figures;
    }
}
