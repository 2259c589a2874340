package org.mspportal.survey.infrastructure.batch;

import java.util.List;
import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;

import org.mspportal.core.reporting.ReportingPeriod;
import org.mspportal.survey.domain.model.reporting.ReportScope;

/**
 * What one run of the figures is given, typed, read once: the period, the scope, the id ranges of its
 * partitions (fixed at launch, so that a restart reads the same ones) and its tuning. The job XML hands the job
 * parameters on as the job's properties, and every step's artifacts read them from the job context.
 */
public record MspRunParameters(ReportingPeriod period, ReportScope scope, List<long[]> enquiryRanges,
                               List<long[]> responseRanges, int chunkSize, long chunkPauseMillis, int threads) {

    static final String PERIOD = "period";
    static final String SCOPE = "scope";
    static final String ENQUIRY_RANGES = "enquiryRanges";
    static final String RESPONSE_RANGES = "responseRanges";
    static final String CHUNK_SIZE = "chunkSize";
    static final String CHUNK_PAUSE = "chunkPauseMillis";
    static final String THREADS = "threads";
    static final int DEFAULT_THREADS = 2;

    public MspRunParameters {
        enquiryRanges = List.copyOf(enquiryRanges);
        responseRanges = List.copyOf(responseRanges);
    }

    /** The job parameters that launch or restart the run. */
    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty(PERIOD, period.key());
        properties.setProperty(SCOPE, scope.key());
        properties.setProperty(ENQUIRY_RANGES, IdRanges.format(enquiryRanges));
        properties.setProperty(RESPONSE_RANGES, IdRanges.format(responseRanges));
        properties.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        properties.setProperty(CHUNK_PAUSE, Long.toString(chunkPauseMillis));
        properties.setProperty(THREADS, Integer.toString(threads));
        return properties;
    }

    static MspRunParameters from(Properties properties) {
        return new MspRunParameters(ReportingPeriod.parse(properties.getProperty(PERIOD)),
                ReportScope.parse(properties.getProperty(SCOPE)),
                IdRanges.parse(properties.getProperty(ENQUIRY_RANGES)),
                IdRanges.parse(properties.getProperty(RESPONSE_RANGES)),
                number(properties, CHUNK_SIZE, Integer.parseInt(MspAggregationJob.DEFAULT_CHUNK_SIZE)),
                number(properties, CHUNK_PAUSE, 0),
                number(properties, THREADS, DEFAULT_THREADS));
    }

    /** The run's parameters, as the job XML hands them to every step (the job's properties). */
    static MspRunParameters of(JobContext job) {
        return from(job.getProperties());
    }

    /** The id ranges a counting step's partitions cover, by the step's name in the job XML. */
    List<long[]> rangesOf(String step) {
        return MspAggregationJob.COUNT_FEEDBACK.equals(step) ? responseRanges : enquiryRanges;
    }

    private static int number(Properties properties, String name, int otherwise) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }
}
