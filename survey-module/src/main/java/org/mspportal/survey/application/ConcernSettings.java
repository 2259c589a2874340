package org.mspportal.survey.application;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How concerns from feedback are handled here: how long one may wait unacknowledged before it is
 * escalated ({@code MSP_FEEDBACK_CONCERN_ESCALATE_AFTER_MINUTES}, default 4 hours), and whether the
 * practitioner who opened an enquiry may read the person's feedback ({@code MSP_FEEDBACK_PRACTITIONER_READS},
 * default no: many councils keep feedback apart from the worker it is about; leads always may).
 */
@ApplicationScoped
public class ConcernSettings {

    @Inject
    @ConfigProperty(name = "msp.feedback.concern.escalate-after-minutes", defaultValue = "240")
    long escalateAfterMinutes;

    @Inject
    @ConfigProperty(name = "msp.feedback.practitioner-reads", defaultValue = "false")
    boolean practitionerReads;

    public Duration escalateAfter() {
        return Duration.ofMinutes(Math.max(1, escalateAfterMinutes));
    }

    public boolean practitionersReadFeedback() {
        return practitionerReads;
    }
}
