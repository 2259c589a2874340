package org.mspportal.survey.infrastructure.batch;

import java.time.LocalDate;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.EnquiryFacts;
import org.mspportal.survey.domain.model.reporting.FeedbackFacts;
import org.mspportal.survey.domain.model.reporting.FigureTally;
import org.mspportal.survey.domain.model.reporting.MspCounting;

/** Applies the counting rules of the period to each enquiry or response of a page, adding up as it goes. */
@Named
@Dependent
public class FiguresProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    private LocalDate from;
    private LocalDate to;

    @Override
    public Object processItem(Object item) {
        if (from == null) {
            ReportingPeriod period = MspRunParameters.of(job).period();
            from = period.firstDay();
            to = period.lastDay();
        }
        FactsPage<?> page = (FactsPage<?>) item;
        FigureTally tally = new FigureTally();
        for (Object facts : page.facts()) {
            if (facts instanceof EnquiryFacts enquiry) {
                MspCounting.forEnquiry(enquiry, from, to, tally);
            } else {
                MspCounting.forFeedback((FeedbackFacts) facts, from, to, tally);
            }
        }
        return new CountedPage(page.firstId(), page.facts().size(), tally);
    }
}
