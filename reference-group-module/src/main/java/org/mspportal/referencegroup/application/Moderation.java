package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.security.PortalRole;
import org.mspportal.referencegroup.domain.model.disclosure.DisclosureAlert;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;
import org.mspportal.referencegroup.domain.model.notification.WhoIsNotified;
import org.mspportal.referencegroup.domain.model.topic.Contribution;
import org.mspportal.referencegroup.domain.model.topic.Suggestion;
import org.mspportal.referencegroup.domain.model.topic.SuggestionComment;

/**
 * Facilitators' moderation: hiding words with a reason the author sees, showing them again, and dealing
 * with disclosure alerts (after following the safeguarding procedure: release the words to the group, or
 * keep them from it). Every action is audited.
 */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
public class Moderation {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    SearchPublication search;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public void hideSuggestion(long suggestionId, String reason) {
        Suggestion s = readers.find(Suggestion.class, suggestionId, "suggestion");
        hide(s, reason, s.getTopic().getTitle(), s.getId());
        search.update(s);
        audit.record("HID_RG_SUGGESTION", "suggestion " + suggestionId, null);
    }

    public void hideComment(long commentId, String reason) {
        SuggestionComment c = readers.find(SuggestionComment.class, commentId, "comment");
        hide(c, reason, c.getSuggestion().getTopic().getTitle(), c.getSuggestion().getId());
        search.update(c);
        audit.record("HID_RG_COMMENT", "comment " + commentId, null);
    }

    public void unhideSuggestion(long suggestionId) {
        Suggestion s = readers.find(Suggestion.class, suggestionId, "suggestion");
        s.unhide();
        search.update(s);
        audit.record("SHOWED_RG_SUGGESTION", "suggestion " + suggestionId, null);
    }

    public List<AlertView> openAlerts(long groupId) {
        ReferenceGroup group = readers.group(groupId);
        audit.record("VIEWED_RG_DISCLOSURE_ALERTS", "reference group " + groupId, null);
        return em.createNamedQuery("DisclosureAlert.openIn", DisclosureAlert.class).setParameter("group", group)
                .getResultList().stream().map(this::view).toList();
    }

    /**
     * Deals with an alert: the note says what was done (for example "raised a safeguarding concern");
     * {@code release} shows the words to the group, otherwise they stay hidden with the note as the reason
     * the author sees.
     */
    public void resolveAlert(long alertId, String note, boolean release, String reasonForAuthor) {
        DisclosureAlert alert = readers.find(DisclosureAlert.class, alertId, "alert");
        alert.resolve(note, context.getCallerPrincipal().getName(), clock.instant());
        Contribution held = contribution(alert);
        if (release) {
            held.release();
        } else {
            held.hide(reasonForAuthor == null || reasonForAuthor.isBlank()
                    ? "A facilitator has read this and will talk to you about it." : reasonForAuthor,
                    context.getCallerPrincipal().getName(), clock.instant());
        }
        if (held instanceof Suggestion s) {
            search.update(s);
        } else if (held instanceof SuggestionComment c) {
            search.update(c);
        }
        audit.record("RESOLVED_RG_DISCLOSURE_ALERT", "alert " + alertId, release ? "released" : "kept hidden");
    }

    private void hide(Contribution contribution, String reason, String topicTitle, long suggestionId) {
        contribution.hide(reason, context.getCallerPrincipal().getName(), clock.instant());
        notifications.notify(List.of(contribution.getAuthor()),
                WhoIsNotified.hiddenMessage(topicTitle, contribution.getHiddenReason()), suggestionId);
    }

    private Contribution contribution(DisclosureAlert alert) {
        return alert.getHeld() == DisclosureAlert.Held.SUGGESTION
                ? readers.find(Suggestion.class, alert.getContributionId(), "suggestion")
                : readers.find(SuggestionComment.class, alert.getContributionId(), "comment");
    }

    private AlertView view(DisclosureAlert alert) {
        Contribution held = contribution(alert);
        long suggestionId = held instanceof SuggestionComment c ? c.getSuggestion().getId() : held.getId();
        return new AlertView(alert.getId(), alert.getHeld().name().toLowerCase(), held.getAuthor().getFullName(),
                held.getAuthor().getId(), held.getText(), alert.getMatchedRule(), alert.getRaisedAt(), suggestionId);
    }
}
