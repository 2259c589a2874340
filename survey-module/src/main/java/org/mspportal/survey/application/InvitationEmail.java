package org.mspportal.survey.application;

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
import org.mspportal.core.time.UkTime;


/**
 * The invitation email: plain text in plain English, naming no case and no person (a shared inbox may
 * be read by others), with the link, the code for typing in, and when they stop working.
 */
final class InvitationEmail {

    static final String SUBJECT = "Tell us how we did: your feedback about safeguarding support";

    private InvitationEmail() {
    }

    static InternetAddress address(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 254) {
            throw new Refusal("Enter the email address to send the invitation to, like name@example.com.");
        }
        try {
            InternetAddress address = new InternetAddress(typed.strip(), true);
            if (!address.getAddress().contains("@") || address.getAddress().contains(" ")) {
                throw new AddressException("no domain");
            }
            return address;
        } catch (AddressException e) {
            throw new Refusal("Enter the email address in the right form, like name@example.com.");
        }
    }

    static MimeMessage compose(Session mail, InternetAddress to, IssuedInvitation issued, String councilName,
                               String shortAddress, String phone) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
        message.setText(body(issued, councilName, shortAddress, phone), StandardCharsets.UTF_8.name());
        return message;
    }

    /** Standard English, then Easy Read, then Welsh: the same link and code in each. */
    static String body(IssuedInvitation issued, String councilName, String shortAddress, String phone) {
        String until = day(issued, Locale.UK);
        String help = phone.isBlank() ? "call the council's safeguarding team." : "call the safeguarding team on " + phone + ".";
        return String.join("\n",
                "Hello,",
                "",
                councilName + " recently helped you, or someone you support, to keep safe.",
                "We would like to know how we did: whether you got what you wanted, and whether you felt",
                "listened to and safe. It takes about 10 minutes. Someone can help you answer.",
                "",
                "To start, open this link:",
                issued.link(),
                "",
                "Or go to " + shortAddress + " and type this code:",
                issued.shortCode(),
                "",
                "The link and code work until " + until + ". Your answers are saved as you go, so you can stop",
                "and come back with the same link or code. There is an Easy Read version and a Welsh version.",
                "The safeguarding team reads what you write. If it makes us worried about your safety, they",
                "are told straight away and may get in touch with you.",
                "",
                "If you want help, or would rather talk to someone, " + help,
                "If you are in danger now, call 999.",
                "",
                "EASY READ",
                "We helped you to be safe. We want to know what you think.",
                "It takes about 10 minutes. Someone can help you.",
                "Open the link above, or go to " + shortAddress + " and type the code " + issued.shortCode() + ".",
                phone.isBlank() ? "Want help? Call the council." : "Want help? Call " + phone + ".",
                "In danger now? Call 999.",
                "",
                "CYMRAEG",
                "Buom yn gweithio gyda chi yn ddiweddar i'ch helpu i gadw'n ddiogel. Rydym eisiau gwybod sut wnaethon ni.",
                "Mae'n cymryd tua 10 munud. Agorwch y ddolen uchod, neu ewch i " + shortAddress
                        + " a theipiwch y cod " + issued.shortCode() + ".",
                "Mae'r ddolen a'r cod yn gweithio tan " + day(issued, Locale.forLanguageTag("cy")) + ".",
                "Os ydych chi mewn perygl nawr, ffoniwch 999.",
                "",
                "This email was sent by " + councilName + ". Please do not reply to it.");
    }

    private static String day(IssuedInvitation issued, Locale locale) {
        return UkTime.longDate(issued.expiresAt(), locale);
    }
}
