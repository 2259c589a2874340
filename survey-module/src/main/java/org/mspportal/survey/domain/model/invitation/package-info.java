/** Feedback invitations: a single-use link and a short code, stored only as hashes, with expiry and revocation. */
package org.mspportal.survey.domain.model.invitation;
