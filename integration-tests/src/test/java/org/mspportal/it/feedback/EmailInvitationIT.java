package org.mspportal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.mspportal.it.support.TestMail;

/**
 * A practitioner emails an invitation through the server's mail session to a real SMTP server
 * (GreenMail): the email names no case, and its link and code work. A mistyped address is refused
 * with a message and nothing is issued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailInvitationIT {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmailedInvitationArrivesNamesNoCaseAndItsLinkAndCodeWork() throws Exception {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want my brother to stop coming round");
        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        String page = staff.get("/survey/invitations.xhtml?ref=" + letter.caseReference()).body();
        HttpResponse<String> sent = staff.submit("/survey/invitations.xhtml", page, "emailForm",
                Map.of("emailAddress", "person@example.org"), "sendEmail");
        assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("emailed=true"), sent.body());

        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage email = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertEquals("person@example.org", email.getAllRecipients()[0].toString());
        String body = ((String) email.getContent()).replace("\r\n", "\n");
        assertFalse(body.contains(letter.caseReference()), "the email names no case");
        Matcher link = Pattern.compile("(http\\S+/feedback/start\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(body);
        Matcher code = Pattern.compile("\\n([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\\n").matcher(body);
        assertTrue(link.find() && code.find(), body);

        assertTrue(new PortalHttpClient().get(link.group(1).substring(link.group(1).indexOf("/feedback/")))
                .headers().firstValue("Location").orElseThrow().endsWith("/feedback/welcome.xhtml"));
        assertTrue(new PortalHttpClient().get(letter.path()).headers().firstValue("Location").orElseThrow()
                .endsWith("why=ended"), "the letter issued before no longer works");
        String invitations = staff.get("/survey/invitations.xhtml?ref=" + letter.caseReference()).body();
        assertTrue(invitations.contains("Email"), "the invitation is listed as emailed");
    }

    @Test
    void aMistypedAddressIsRefusedWithAMessageAndNothingIsIssued() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to keep seeing my friends");
        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        String page = staff.get("/survey/invitations.xhtml?ref=" + letter.caseReference()).body();
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> refused = staff.submit("/survey/invitations.xhtml", page, "emailForm",
                Map.of("emailAddress", "person at example dot org"), "sendEmail");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Enter the email address in the right form"), refused.body());
        assertTrue(refused.body().contains("value=\"person at example dot org\""), "what was typed is kept");
        assertEquals(before, smtp.getReceivedMessages().length);
        assertTrue(new PortalHttpClient().get(letter.path()).headers().firstValue("Location").orElseThrow()
                .endsWith("/feedback/welcome.xhtml"), "the letter still works: nothing new was issued");
    }
}
