package org.mspportal.referencegroup.application;

/** Words just saved: their id, and whether the disclosure check held them back from others. */
public record Posted(long id, boolean heldForReview) {
}
