package org.mspportal.referencegroup.application;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.IssuedAccountInvitation;
import org.mspportal.core.time.UkTime;

/** The emails a member gets: the invitation to choose a password, and updates. Plain text, plain English. */
final class MemberInvitationEmail {

    private MemberInvitationEmail() {
    }

    static String address(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(typed.strip(), true);
            if (!address.getAddress().contains("@") || typed.strip().length() > 254) {
                throw new AddressException("no domain");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new Refusal("email", "Enter the email address in the right form, like name@example.com, or leave it empty.");
        }
    }

    static MimeMessage invitation(Session mail, String to, String firstName, String groupName,
                                  IssuedAccountInvitation issued) throws MessagingException {
        String until = UkTime.longDate(issued.expiresAt(), Locale.UK);
        return message(mail, to, "You are invited to join " + groupName, String.join("\n",
                "Hello " + firstName + ",",
                "",
                "You have been added to " + groupName + ".",
                "You can read the group's topics, make suggestions, and see what happened to them.",
                "",
                "Your username is: " + issued.username(),
                "",
                "To choose your password, open this link:",
                issued.link(),
                "",
                "The link works once, until " + until + ". If it stops working, ask your facilitator for a new one.",
                "",
                "Please do not reply to this email."));
    }

    static MimeMessage update(Session mail, String to, String firstName, String text, String link) throws MessagingException {
        return message(mail, to, "News about your reference group", String.join("\n",
                "Hello " + firstName + ",",
                "",
                text,
                "",
                "Read more in the portal:",
                link,
                "",
                "Please do not reply to this email."));
    }

    private static MimeMessage message(Session mail, String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        return message;
    }
}
