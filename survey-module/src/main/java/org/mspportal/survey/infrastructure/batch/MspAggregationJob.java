package org.mspportal.survey.infrastructure.batch;

import java.time.LocalDate;
import java.time.YearMonth;

/** Names shared by the job XML, its artifacts and the service that starts it. */
public final class MspAggregationJob {

    public static final String NAME = "msp-aggregation";
    public static final String PERIOD = "period";
    public static final String SCOPE = "scope";
    /** Enquiries or responses per chunk (and per checkpoint); default 500. */
    public static final String CHUNK_SIZE = "chunkSize";
    /** A pause after each chunk, in milliseconds, to spare a busy database; default 0. */
    public static final String CHUNK_PAUSE = "chunkPauseMillis";
    public static final String DATASOURCE = "java:jboss/datasources/MspDS";
    /** The staging row that counts the items a chunk handled: the run's progress. */
    public static final String ITEMS = "_ITEMS";

    private MspAggregationJob() {
    }

    static LocalDate firstDay(String month) {
        return YearMonth.parse(month).atDay(1);
    }

    static LocalDate lastDay(String month) {
        return YearMonth.parse(month).atEndOfMonth();
    }
}
