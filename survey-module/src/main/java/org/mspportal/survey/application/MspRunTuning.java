package org.mspportal.survey.application;

/**
 * What a test or an operator may tune in one run of the figures; null keeps the server's setting.
 *
 * @param chunkSize   enquiries or responses per page, and so per chunk and checkpoint
 * @param pauseMillis a pause after each chunk, to spare a busy database
 */
public record MspRunTuning(Integer chunkSize, Long pauseMillis) {

    public static final MspRunTuning SERVER_SETTINGS = new MspRunTuning(null, null);
}
