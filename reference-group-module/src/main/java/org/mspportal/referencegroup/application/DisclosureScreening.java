package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.safeguarding.DisclosureCheck;
import org.mspportal.referencegroup.domain.model.disclosure.DisclosureAlert;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.topic.Contribution;

/**
 * Runs the disclosure check on new words: a contribution that reads like a personal disclosure is held
 * back from others and raises a private alert for the group's facilitators. The check is the portal's
 * one rule set ({@link DisclosureCheck}), with the phrases the council adds.
 */
@ApplicationScoped
public class DisclosureScreening {

    private static final Logger LOG = Logger.getLogger(DisclosureScreening.class.getName());

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DisclosureCheck check;

    /** Holds the contribution and raises an alert if it reads like a disclosure; says whether it did. */
    boolean screen(Contribution contribution, DisclosureAlert.Held kind, long groupId) {
        return check.assess(contribution.getText()).map(DisclosureCheck.Rule::description).map(rule -> {
            contribution.holdForReview();
            em.persist(new DisclosureAlert(em.getReference(ReferenceGroup.class, groupId),
                    kind, contribution.getId(), rule, clock.instant()));
            // No words and no name in the log: only that an alert exists, for whoever watches the server.
            LOG.info(() -> "Reference group " + groupId + ": a contribution was held for a facilitator to read (" + rule + ")");
            return true;
        }).orElse(false);
    }

}
