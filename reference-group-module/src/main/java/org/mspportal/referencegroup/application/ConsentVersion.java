package org.mspportal.referencegroup.application;

import java.time.Instant;

import org.mspportal.referencegroup.domain.model.consent.Consent;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;

/** One version of a member's consent, as the pages list it: the views hold this, never the entity. */
public record ConsentVersion(int version, Instant recordedAt, String recordedBy, ConsentChoices choices) {

    static ConsentVersion of(Consent consent) {
        return new ConsentVersion(consent.getVersion(), consent.getRecordedAt(), consent.getRecordedBy(), consent.choices());
    }
}
