package org.mspportal.survey.infrastructure.batch;

/** Names shared by the job XML, its artifacts and the service that starts it. */
public final class MspAggregationJob {

    public static final String NAME = "msp-aggregation";
    /** The steps, as the job XML names them. */
    static final String COUNT_ENQUIRIES = "count-enquiries";
    static final String COUNT_FEEDBACK = "count-feedback";
    /**
     * Pages of 10,000: half the queries, checkpoints and staging rows of 5,000 (each page stages its few hundred
     * cells), and measurably faster; the heap the job keeps stays 105 to 122 MiB at a million enquiries
     * (docs/benchmarks.md). 20,000 was slower and kept four times the heap.
     */
    public static final String DEFAULT_CHUNK_SIZE = "10000";
    public static final String DATASOURCE = "java:jboss/datasources/MspDS";
    /**
     * The readers' datasource: the same database through connections that only read, outside the chunk's
     * transaction, without the connector's lock around every call (see wildfly-config's datasource scripts).
     */
    public static final String READ_DATASOURCE = "java:jboss/datasources/MspReportingReadDS";
    /** The staging row that counts the items a chunk handled: the run's progress. */
    public static final String ITEMS = "_ITEMS";
    /** Partitions per step: two threads, with room to balance ranges of unequal density. */
    static final int PARTITIONS = 4;

    private MspAggregationJob() {
    }
}
