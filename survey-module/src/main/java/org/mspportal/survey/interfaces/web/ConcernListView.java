package org.mspportal.survey.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.application.ConcernSummary;
import org.mspportal.survey.application.SafeguardingConcerns;

/** The safeguarding concerns from feedback that wait for someone to acknowledge them. */
@Named
@RequestScoped
public class ConcernListView {

    @Inject
    SafeguardingConcerns concerns;

    private List<ConcernSummary> open;

    public List<ConcernSummary> getOpen() {
        if (open == null) {
            open = concerns.open();
        }
        return open;
    }
}
