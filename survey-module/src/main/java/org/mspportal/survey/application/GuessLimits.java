package org.mspportal.survey.application;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.survey.domain.model.invitation.GuessLimit;

/** The server's one limit on failed code and link tries, per address (settings {@code msp.feedback.guess.*}). */
@ApplicationScoped
public class GuessLimits {

    @Inject
    @ConfigProperty(name = "msp.feedback.guess.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "msp.feedback.guess.window-seconds", defaultValue = "900")
    long windowSeconds;

    private GuessLimit codes;

    @PostConstruct
    void start() {
        codes = new GuessLimit(Math.max(1, maxFailures), Duration.ofSeconds(Math.max(1, windowSeconds)));
    }

    public GuessLimit forCodes() {
        return codes;
    }
}
