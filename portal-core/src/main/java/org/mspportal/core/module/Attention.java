package org.mspportal.core.module;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.mspportal.core.security.PortalRole;

/**
 * Something waiting for the signed-in person, shown at the top of their home page with a count, such as
 * safeguarding concerns from feedback that nobody has acknowledged yet.
 *
 * @param message what is waiting, in plain English, with its count
 * @param path    context-relative address of the page where it is dealt with
 * @param urgent  whether it has waited too long
 */
public record Attention(String message, String path, boolean urgent) {

    public Attention {
        Objects.requireNonNull(message, "message");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Attention path must start with /: " + path);
        }
    }

    /**
     * A module's source of things waiting for people: a CDI bean the shell discovers, asked on each visit to
     * the home page for the person's roles.
     */
    public interface Source {
        List<Attention> waitingFor(Predicate<PortalRole> holdsRole);
    }
}
