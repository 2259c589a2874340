package org.mspportal.survey.interfaces.web;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mspportal.core.module.Attention;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.application.SafeguardingConcerns;

/** On practitioners' and leads' home pages: how many concerns from feedback wait, and whether any waited too long. */
@ApplicationScoped
public class ConcernAttention implements Attention.Source {

    @Inject
    SafeguardingConcerns concerns;

    @Override
    public List<Attention> waitingFor(Predicate<PortalRole> holdsRole) {
        if (!holdsRole.test(PortalRole.SAFEGUARDING_LEAD) && !holdsRole.test(PortalRole.PRACTITIONER)) {
            return List.of();
        }
        SafeguardingConcerns.Waiting waiting = concerns.waiting();
        if (waiting.open() == 0) {
            return List.of();
        }
        String message = waiting.open() == 1
                ? "1 safeguarding concern from feedback is waiting to be acknowledged"
                : waiting.open() + " safeguarding concerns from feedback are waiting to be acknowledged";
        if (waiting.overdue() > 0) {
            message += " (" + waiting.overdue() + " waiting too long)";
        }
        return List.of(new Attention(message, "/survey/concerns.xhtml", waiting.overdue() > 0));
    }
}
