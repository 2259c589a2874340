package org.mspportal.survey.infrastructure.batch;

import java.util.List;

import org.mspportal.survey.domain.model.reporting.FigureKey;

/** One enquiry or response, reduced to the figures it adds one to. */
record CountedItem(long id, List<FigureKey> figures) {
}
