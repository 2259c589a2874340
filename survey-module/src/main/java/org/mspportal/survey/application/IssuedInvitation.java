package org.mspportal.survey.application;

import java.time.Instant;

/**
 * A newly issued invitation, with its secrets. This is the only time the secrets exist outside the
 * letter or email: they are shown once and never stored.
 *
 * @param link      the single-use address, containing the link token
 * @param shortCode the code to type or read over the phone
 */
public record IssuedInvitation(long id, String caseReference, String link, String shortCode, Instant expiresAt) {
}
