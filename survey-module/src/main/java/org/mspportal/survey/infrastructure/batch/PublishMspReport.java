package org.mspportal.survey.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/** The job's last step: publish the counts. */
@Named
@Dependent
public class PublishMspReport extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String scope;

    @Inject
    MspReportPublisher publisher;

    @Override
    public String process() {
        publisher.publish(job.getInstanceId(), ReportingPeriod.parse(period), ReportScope.parse(scope));
        return "PUBLISHED";
    }
}
