/**
 * The msp-aggregation Jakarta Batch job ({@code META-INF/batch-jobs/msp-aggregation.xml}): two chunk
 * steps, each partitioned by ranges of ids fixed at launch so both cores work, read enquiries and
 * sent feedback with plain JDBC in keyset pages (memory stays flat however many there are), apply
 * the counting rules of {@code domain.model.reporting}, and write each chunk's counts to a staging
 * table under a key of their own, so a chunk done again after a crash replaces its rows rather than
 * adding to them. The last step publishes the period's report in one transaction.
 */
package org.mspportal.survey.infrastructure.batch;
