package org.mspportal.survey.infrastructure.batch;

import java.util.List;

/** One page of enquiries' or responses' facts, in id order: the job's item. */
record FactsPage<T>(long firstId, List<T> facts) {
}
