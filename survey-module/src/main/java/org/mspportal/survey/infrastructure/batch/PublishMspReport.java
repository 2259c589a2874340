package org.mspportal.survey.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** The job's last step: publish the counts. */
@Named
@Dependent
public class PublishMspReport extends AbstractBatchlet {

    @Inject
    JobContext job;


    @Inject
    MspReportPublisher publisher;

    @Override
    public String process() {
        MspRunParameters run = MspRunParameters.of(job);
        publisher.publish(job.getInstanceId(), run.period(), run.scope());
        return "PUBLISHED";
    }
}
