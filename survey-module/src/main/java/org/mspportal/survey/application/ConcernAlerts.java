package org.mspportal.survey.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.core.team.Teams;
import org.mspportal.survey.domain.model.concern.SafeguardingConcern;

/**
 * Emails about safeguarding concerns from feedback, and their escalation. A new concern goes to the
 * enquiry's team (its duty inbox) and every safeguarding lead, once the answer that raised it is saved;
 * one left unacknowledged past the limit goes to the leads again, marked as waiting, once. The emails name
 * no person, no case and none of the words (inboxes are shared): they say a concern is waiting and link
 * to it, behind sign-in.
 */
@Singleton
@PermitAll
public class ConcernAlerts {

    private static final Logger LOG = Logger.getLogger(ConcernAlerts.class.getName());

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    UserAccounts accounts;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ConcernSettings concernSettings;

    @Resource(lookup = "java:jboss/mail/msp")
    Session mail;

    /** After the answer is saved: in a transaction of its own, the one that saved it being over. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernRaised raised) {
        Set<String> to = new LinkedHashSet<>();
        teams.find(raised.teamId()).flatMap(t -> t.getDutyEmail()).ifPresent(to::add);
        to.addAll(accounts.emailsOf(PortalRole.SAFEGUARDING_LEAD));
        send(to, "Safeguarding concern from feedback: please read it today", String.join("\n",
                "A person's feedback about their safeguarding enquiry has raised a concern for their safety.",
                "",
                "Please read it and record what you did:",
                link(raised.concernId()),
                "",
                "This email does not say who the person is or what they wrote. Sign in to read it.",
                "",
                "Sent by MSP Portal for " + settings.councilName() + "."));
    }

    /** Every five minutes: escalates concerns left unacknowledged past the limit. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void escalateOnSchedule() {
        escalateOverdue(clock.instant());
    }

    /** Escalates, once each, the concerns raised before {@code now} minus the limit and still waiting. */
    public int escalateOverdue(Instant now) {
        List<SafeguardingConcern> due = em.createNamedQuery("SafeguardingConcern.dueForEscalation", SafeguardingConcern.class)
                .setParameter("before", now.minus(concernSettings.escalateAfter())).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<String> leads = accounts.emailsOf(PortalRole.SAFEGUARDING_LEAD);
        for (SafeguardingConcern concern : due) {
            concern.escalate(now);
            audit.recordAs(null, "ESCALATED_SAFEGUARDING_CONCERN", concern.getEnquiry().getCaseReference(),
                    concern.getId() + ": not acknowledged within " + concernSettings.escalateAfter().toMinutes() + " minutes", null);
            send(leads, "Waiting: a safeguarding concern from feedback has not been acknowledged", String.join("\n",
                    "A concern raised by a person's feedback has waited more than "
                            + concernSettings.escalateAfter().toMinutes() + " minutes without anyone acknowledging it.",
                    "",
                    "Please read it now and record what was done:",
                    link(concern.getId()),
                    "",
                    "Sent by MSP Portal for " + settings.councilName() + "."));
        }
        LOG.warning(() -> due.size() + " safeguarding concern(s) from feedback escalated: not acknowledged in time");
        return due.size();
    }

    private String link(long concernId) {
        return settings.publicUrl() + "survey/concern.xhtml?id=" + concernId;
    }

    private void send(Iterable<String> recipients, String subject, String body) {
        int failed = 0;
        for (String address : recipients) {
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
                message.setSubject(subject, StandardCharsets.UTF_8.name());
                message.setText(body, StandardCharsets.UTF_8.name());
                Transport.send(message);
            } catch (MessagingException | RuntimeException e) {
                failed++;
                LOG.log(Level.FINE, "Concern email not sent", e.getClass().getName());
            }
        }
        if (failed > 0) {
            int count = failed;
            LOG.warning(() -> count + " safeguarding concern email(s) could not be sent; the concern is on the portal's home page");
        }
    }
}
