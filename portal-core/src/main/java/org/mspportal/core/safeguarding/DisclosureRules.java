package org.mspportal.core.safeguarding;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one disclosure check, with the phrases the council adds to the built-in rules:
 * {@code msp.safeguarding.disclosure-phrases} (environment {@code MSP_SAFEGUARDING_DISCLOSURE_PHRASES}),
 * separated by {@code |}. The reference group's older setting {@code msp.reference-group.disclosure-phrases}
 * still counts.
 */
@ApplicationScoped
public class DisclosureRules {

    /** One shared, immutable check (a plain singleton: the final class cannot be proxied). */
    @Produces
    @Singleton
    DisclosureCheck check(
            @ConfigProperty(name = "msp.safeguarding.disclosure-phrases", defaultValue = " ") String phrases,
            @ConfigProperty(name = "msp.reference-group.disclosure-phrases", defaultValue = " ") String groupPhrases) {
        return new DisclosureCheck(Stream.of(phrases, groupPhrases)
                .flatMap(list -> Arrays.stream(list.split("\\|")))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
    }
}
