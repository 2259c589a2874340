package org.mspportal.referencegroup.application;

import java.time.Instant;

/** One step of "we did": the status then, and the response given with it. */
public record UpdateView(String status, String statusEasyRead, String response, String easyReadResponse, Instant changedAt) {
}
