package org.mspportal.survey.infrastructure.batch;

import java.time.LocalDate;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.EnquiryFacts;
import org.mspportal.survey.domain.model.reporting.FeedbackFacts;
import org.mspportal.survey.domain.model.reporting.MspCounting;

/** Applies the counting rules of the period to one enquiry or response. */
@Named
@Dependent
public class FiguresProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String period;

    private LocalDate from;
    private LocalDate to;

    @Override
    public Object processItem(Object item) {
        if (from == null) {
            from = ReportingPeriod.parse(period).firstDay();
            to = ReportingPeriod.parse(period).lastDay();
        }
        if (item instanceof EnquiryFacts enquiry) {
            return new CountedItem(enquiry.id(), MspCounting.forEnquiry(enquiry, from, to));
        }
        FeedbackFacts response = (FeedbackFacts) item;
        return new CountedItem(response.id(), MspCounting.forFeedback(response, from, to));
    }
}
