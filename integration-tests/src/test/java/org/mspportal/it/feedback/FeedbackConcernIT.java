package org.mspportal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.ForeignText;
import org.mspportal.it.support.HtmlForm;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.mspportal.it.support.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A person answering feedback discloses danger: "The new carer still hits me every night and I am scared to
 * tell anyone", without even sending the form. They are told at once who to call; the enquiry's team and the
 * safeguarding leads are alerted by email (no words, no case) and on their home page; the lead reads the
 * words from the enquiry (audited) and records what they did; the practitioner sees the concern but not the
 * words (the default). Words that worry no one raise nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackConcernIT {

    static final String DISCLOSURE = "The new carer still hits me every night and I am scared to tell anyone";
    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aDisclosureInAnUnsentAnswerAlertsTheTeamAndLeadsWhoReadItAndRecordWhatTheyDid() throws Exception {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want the carer to be kind to me");
        int mailBefore = smtp.getReceivedMessages().length;
        // axe-core needs JavaScript to run; the same pages without it are walked over HTTP below.
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.go(letter.path());
            assertTrue(browser.text(By.id("honest")).contains("If anything you tell us makes us worried about your safety"),
                    "the person is told what happens to what they write");
            browser.go("/feedback/question.xhtml?step=LISTENED_TO");
            assertTrue(d.findElements(By.id("concernHelp")).isEmpty(), "no help panel before anything worrying");
            d.findElement(By.id("detail")).sendKeys(DISCLOSURE + " " + ForeignText.WELSH);
            d.findElement(By.cssSelector("label[for='answer-NO']")).click();
            browser.submitAndWait(By.id("continue"));
            String help = browser.text(By.id("concernHelp"));
            assertTrue(help.contains("Do you need help now?") && help.contains("999") && help.contains("01632 960 000"), help);
            RespondentBrowserIT.checkPage(d);
            browser.submitAndWait(By.id("switchLanguage"));
            assertTrue(browser.text(By.id("concernHelp")).contains("Oes angen help arnoch chi nawr?"), "in Welsh too");
            RespondentBrowserIT.checkPage(d);
            browser.submitAndWait(By.id("switchReading"));
            RespondentBrowserIT.checkPage(d);
        }

        assertTrue(smtp.waitForIncomingEmail(10_000, mailBefore + 2), "the team's inbox and the leads are emailed");
        List<MimeMessage> alerts = Arrays.stream(smtp.getReceivedMessages()).skip(mailBefore).toList();
        String recipients = alerts.stream().flatMap(m -> addresses(m).stream()).collect(Collectors.joining(" "));
        assertTrue(recipients.contains("demo.lead@example.org"), recipients);
        assertTrue(recipients.matches(".*-team@example\\.org.*"), "the enquiry's team duty inbox: " + recipients);
        String body = ((String) alerts.get(0).getContent()).replace("\r\n", "\n");
        assertFalse(body.contains("carer") || body.contains(letter.caseReference()), "no words, no case: " + body);
        Matcher link = Pattern.compile("/survey/concern\\.xhtml\\?id=(\\d+)").matcher(body);
        assertTrue(link.find(), body);
        String concernPath = link.group();

        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        assertTrue(HtmlForm.visibleWords(lead.get("/index.xhtml").body()).matches(
                "(?s).*Needs your attention.*safeguarding concerns? from feedback (is|are) waiting to be acknowledged.*"),
                "the lead's home page says a concern is waiting");
        String enquiry = HtmlForm.visibleWords(lead.get("/survey/enquiry.xhtml?ref=" + letter.caseReference()).body());
        assertTrue(enquiry.contains("Waiting to be acknowledged: raised") && enquiry.contains("Wrote words that read like"), enquiry);
        String concern = HtmlForm.visibleWords(lead.get(concernPath).body());
        assertTrue(concern.contains("Wrote words that read like feeling unsafe or afraid now"), concern);
        assertFalse(concern.contains("hits me"), "the concern page does not repeat the words");
        String feedback = HtmlForm.visibleWords(lead.get("/survey/feedback.xhtml?ref=" + letter.caseReference()).body());
        assertTrue(feedback.contains(DISCLOSURE + " " + ForeignText.WELSH), "the lead reads the words exactly: " + feedback);
        assertTrue(feedback.contains("Started, not sent yet"), feedback);

        String page = lead.get(concernPath).body();
        HtmlForm form = HtmlForm.on(page, lead.page(concernPath)).stream().filter(f -> f.id().equals("concern")).findFirst()
                .orElseThrow();
        Map<String, String> noNote = new LinkedHashMap<>(Map.of("concern:action", "CONTACT_MADE", "concern:note", ""));
        HttpResponse<String> refused = lead.post(form.actionPath(), form.submission(noNote, Optional.of("concern:acknowledge")));
        assertTrue(refused.body().contains("Say what you did"), refused.body());
        assertTrue(org.jsoup.Jsoup.parse(refused.body()).selectFirst("input[name=concern:action][value=CONTACT_MADE]")
                .hasAttr("checked"), "the choice made is kept");
        String again = refused.body();
        HtmlForm retry = HtmlForm.on(again, lead.page(concernPath)).stream().filter(f -> f.id().equals("concern")).findFirst()
                .orElseThrow();
        String note = "Rang her at 14:10 – she’s safe tonight; new concern raised about the carer";
        HttpResponse<String> done = lead.post(retry.actionPath(), retry.submission(
                Map.of("concern:action", "CONTACT_MADE", "concern:note", note), Optional.of("concern:acknowledge")));
        assertEquals(302, done.statusCode(), done.body());
        String acknowledged = HtmlForm.visibleWords(lead.get(concernPath).body());
        assertTrue(acknowledged.contains(note) && acknowledged.contains("demo.lead"), acknowledged);

        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String audit = admin.get("/admin/audit.xhtml").body();
        for (String action : List.of("RAISED_SAFEGUARDING_CONCERN", "READ_FEEDBACK_RESPONSE", "ACKNOWLEDGED_SAFEGUARDING_CONCERN")) {
            assertTrue(audit.contains(action), action + " is audited");
        }

        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        String theirs = practitioner.get("/survey/enquiry.xhtml?ref=" + letter.caseReference()).body();
        assertTrue(theirs.contains("Acknowledged: raised"), "the practitioner sees the concern and what was done");
        assertFalse(theirs.contains("id=\"readFeedback\""), "but cannot read the feedback (the council's default)");
        assertEquals(403, practitioner.get("/survey/feedback.xhtml?ref=" + letter.caseReference()).statusCode());
    }

    @Test
    void wordsThatWorryNoOneAndFeelingSafeRaiseNothing() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to stay with my cat");
        PortalHttpClient person = new PortalHttpClient();
        person.get(letter.path());
        answer(person, "LISTENED_TO", "YES", "The worker was kind and listened. He used to shout at me but he moved away.");
        HttpResponse<String> next = answer(person, "feeling-safe", "AS_SAFE_AS_I_WANT", null);
        String page = person.get(next.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertFalse(page.contains("id=\"concernHelp\""), "no concern, no panel");
        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        assertFalse(lead.get("/survey/enquiry.xhtml?ref=" + letter.caseReference()).body().contains("Waiting to be acknowledged"));
    }

    @Test
    void feelingNotAtAllSafeRaisesAConcernAndThePersonIsToldWhoToCallEvenAfterSending() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to feel safe at night");
        PortalHttpClient person = new PortalHttpClient();
        person.get(letter.path());
        HttpResponse<String> next = answer(person, "feeling-safe", "NOT_AT_ALL_SAFE", null);
        String page = person.get(next.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(page.contains("id=\"concernHelp\""), "the next page says who to call");
        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        assertTrue(HtmlForm.visibleWords(lead.get("/survey/enquiry.xhtml?ref=" + letter.caseReference()).body())
                .contains("Says they do not feel at all safe"));
    }

    private static HttpResponse<String> answer(PortalHttpClient person, String step, String choice, String words) {
        String path = "/feedback/question.xhtml?step=" + step;
        String page = person.get(path).body();
        HtmlForm form = HtmlForm.on(page, person.page(path)).get(0);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("answer", choice);
        if (words != null) {
            typed.put("detail", words);
        }
        HttpResponse<String> saved = person.post(form.actionPath(), form.submission(typed, Optional.of("continue")));
        assertEquals(302, saved.statusCode(), saved.body());
        return saved;
    }

    private static List<String> addresses(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
