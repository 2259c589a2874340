package org.mspportal.core.security;

import java.time.Instant;

/** An invitation just issued: its link holds the secret, shown or sent once and never stored. */
public record IssuedAccountInvitation(String username, String link, Instant expiresAt) {
}
