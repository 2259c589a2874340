package org.mspportal.survey.application;

/** A new safeguarding concern from feedback: alerts go out once the answer that raised it is saved. */
record ConcernRaised(long concernId, long teamId) {
}
