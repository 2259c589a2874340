package org.mspportal.referencegroup.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.notification.MemberNotification;

/**
 * Tells members that something they said or supported has moved on: a notification in the portal,
 * saved with the change, and an email to those with an address, sent only once the change has committed
 * (a failed email never undoes the change; it is logged without names or addresses).
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalSettings settings;

    @Inject
    Event<EmailsDue> emailsDue;

    @Resource(lookup = "java:jboss/mail/msp")
    Session mail;

    /** About a suggestion: the link goes to it. */
    void notify(List<Member> members, String message, long suggestionId) {
        notifyAbout(members, message, "reference-group/suggestion.xhtml?id=" + suggestionId);
    }

    /** About any page of the module, given by its path within the portal. */
    void notifyAbout(List<Member> members, String message, String path) {
        List<EmailDue> emails = new ArrayList<>();
        String link = settings.publicUrl() + path;
        for (Member member : members) {
            em.persist(new MemberNotification(member, message, path, clock.instant()));
            if (member.getEmail() != null) {
                emails.add(new EmailDue(member.getEmail(), member.getFirstName(), message, link));
            }
        }
        if (!emails.isEmpty()) {
            emailsDue.fire(new EmailsDue(emails));
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailsDue due) {
        int failed = 0;
        for (EmailDue email : due.emails()) {
            try {
                Transport.send(MemberInvitationEmail.update(mail, email.to(), email.firstName(), email.text(), email.link()));
            } catch (MessagingException | RuntimeException e) {
                failed++;
                LOG.log(Level.FINE, "Update email not sent", e.getClass().getName());
            }
        }
        if (failed > 0) {
            int count = failed;
            LOG.warning(() -> count + " of " + due.emails().size() + " reference group update emails could not be sent;"
                    + " the members still see the update in the portal.");
        }
    }

    /** Emails to send once the transaction that decided them has committed. */
    record EmailsDue(List<EmailDue> emails) {
    }

    record EmailDue(String to, String firstName, String text, String link) {
    }
}
