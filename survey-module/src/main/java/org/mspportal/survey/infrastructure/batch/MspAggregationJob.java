package org.mspportal.survey.infrastructure.batch;

/** Names shared by the job XML, its artifacts and the service that starts it. */
public final class MspAggregationJob {

    public static final String NAME = "msp-aggregation";
    public static final String PERIOD = "period";
    public static final String SCOPE = "scope";
    /** Enquiries or responses per page, the job's item, and so per chunk and checkpoint; default 5000. */
    public static final String CHUNK_SIZE = "chunkSize";
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
