package org.mspportal.survey.infrastructure.batch;

import java.time.LocalDate;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.domain.model.reporting.EnquiryFacts;
import org.mspportal.survey.domain.model.reporting.FeedbackFacts;
import org.mspportal.survey.domain.model.reporting.MspCounting;

/** Applies the counting rules to one enquiry or response of the partition's month. */
@Named
@Dependent
public class FiguresProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String month;

    private LocalDate from;
    private LocalDate to;

    @Override
    public Object processItem(Object item) {
        if (from == null) {
            from = MspAggregationJob.firstDay(month);
            to = MspAggregationJob.lastDay(month);
        }
        if (item instanceof EnquiryFacts enquiry) {
            return new CountedItem(enquiry.id(), MspCounting.forEnquiry(enquiry, from, to));
        }
        FeedbackFacts response = (FeedbackFacts) item;
        return new CountedItem(response.id(), MspCounting.forFeedback(response, from, to));
    }
}
