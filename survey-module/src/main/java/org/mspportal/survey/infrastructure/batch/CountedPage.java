package org.mspportal.survey.infrastructure.batch;

import org.mspportal.survey.domain.model.reporting.FigureTally;

/** One page of enquiries or responses, counted: the page's first id (its key in staging), its size and its figures. */
record CountedPage(long firstId, int items, FigureTally figures) {
}
