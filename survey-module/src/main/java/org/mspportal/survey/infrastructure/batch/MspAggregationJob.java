package org.mspportal.survey.infrastructure.batch;

/** Names shared by the job XML, its artifacts and the service that starts it. */
public final class MspAggregationJob {

    public static final String NAME = "msp-aggregation";
    public static final String PERIOD = "period";
    public static final String SCOPE = "scope";
    /** Enquiries or responses per page, the job's item, and so per chunk and checkpoint. */
    public static final String CHUNK_SIZE = "chunkSize";
    /**
     * Pages of 10,000: half the queries, checkpoints and staging rows of 5,000 (each page stages its few hundred
     * cells), and measurably faster; the heap the job keeps stays 105 to 122 MiB at a million enquiries
     * (docs/benchmarks.md). 20,000 was slower and kept four times the heap. Also in the job XML.
     */
    public static final String DEFAULT_CHUNK_SIZE = "10000";
    /** A pause after each chunk, in milliseconds, to spare a busy database; default 0. */
    public static final String CHUNK_PAUSE = "chunkPauseMillis";
    public static final String DATASOURCE = "java:jboss/datasources/MspDS";
    /**
     * The readers' datasource: the same database through connections that only read, outside the chunk's
     * transaction, without the connector's lock around every call (see wildfly-config's datasource scripts).
     */
    public static final String READ_DATASOURCE = "java:jboss/datasources/MspReportingReadDS";
    /** The staging row that counts the items a chunk handled: the run's progress. */
    public static final String ITEMS = "_ITEMS";
    /** The id ranges of the enquiry and feedback partitions, fixed at launch (see {@link IdRanges}). */
    public static final String ENQUIRY_RANGES = "enquiryRanges";
    public static final String RESPONSE_RANGES = "responseRanges";
    /** Partitions per step: two threads, with room to balance ranges of unequal density. */
    static final int PARTITIONS = 4;

    private MspAggregationJob() {
    }
}
