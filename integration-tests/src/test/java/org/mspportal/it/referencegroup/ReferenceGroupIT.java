package org.mspportal.it.referencegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.CLOSED_TOPIC;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.OPEN_TOPIC;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.dayFromToday;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.groupId;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.match;
import static org.mspportal.it.referencegroup.ReferenceGroupPages.signedIn;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.mspportal.it.support.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The reference group as its people use it: a facilitator adds a member, who accepts the emailed
 * invitation, suggests, agrees and reads what happened; the facilitator answers and moderates; the
 * disclosure check holds back a disclosure; consent withdrawal takes words out of "you said, we did".
 * Every member page passes axe-core in standard and Easy Read wording, at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceGroupIT {

    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aMemberAcceptsTheInvitationSuggestsAgreesAndHearsWhatBecameOfIt() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        PortalHttpClient facilitator = signedIn(Portal.DemoUser.FACILITATOR);
        String groupId = groupId(facilitator);
        String email = "alex." + marker + "@example.org";
        HttpResponse<String> added = facilitator.submit("/reference-group/member.xhtml?group=" + groupId,
                facilitator.get("/reference-group/member.xhtml?group=" + groupId).body(), "member",
                Map.of("fullName", "Alex Tester", "kind", "LIVED_EXPERIENCE", "email", email, "contact", "EMAIL",
                        "accessNeeds", "EASY_READ", "quoteWithFirstName", "true"), "add");
        assertEquals(302, added.statusCode(), added.body());

        String body = emailTo(email, 1);
        Matcher link = Pattern.compile("(/account/welcome\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);
        assertTrue(body.contains("Your username is: alex." + marker), body);

        String topicId;
        try (Browser browser = Browser.open()) {
            browser.go(link.group(1));
            browser.driver().findElement(By.id("welcome:password")).sendKeys("short");
            browser.submitAndWait(By.id("welcome:choose"));
            assertTrue(browser.mainText().contains("Use at least 12 characters"), "a weak password is refused plainly");
            browser.driver().findElement(By.id("welcome:password")).sendKeys("teapot river autumn");
            browser.submitAndWait(By.id("welcome:choose"));
            assertThat(browser.mainText()).contains("Your password is set");
            browser.signIn("alex." + marker, "teapot river autumn");

            browser.go("/reference-group/index.xhtml");
            assertTrue(browser.mainText().contains("Questions for you"), "a member who needs Easy Read starts in Easy Read");
            Accessibility.assertNoViolations(browser.driver());
            topicId = match(OPEN_TOPIC, browser.driver().getPageSource());
            browser.go("/reference-group/topic.xhtml?id=" + topicId);
            Accessibility.assertNoViolations(browser.driver());

            // Keyboard only: tab to the box, type, tab to the button, press Enter.
            browser.driver().findElement(By.id("suggest:text")).sendKeys("Ask me in person, not by letter " + marker);
            browser.driver().findElement(By.id("suggest:text")).sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getPageSource().contains("Your suggestion is saved"));
            assertTrue(browser.mainText().contains("Ask me in person, not by letter " + marker));
            browser.submitAndWait(By.cssSelector("input[id$=':agree']"));
            assertTrue(browser.mainText().contains("You agreed with this suggestion"), "a member agrees with one click");

            String suggestionPath = browser.driver().findElement(By.partialLinkText("Read more")).getAttribute("href");
            String[] pages = {"/reference-group/index.xhtml", "/reference-group/you-said-we-did.xhtml",
                    "/reference-group/my-details.xhtml", suggestionPath.substring(suggestionPath.indexOf("/reference-group/"))};
            for (int pass = 0; pass < 2; pass++) {
                for (String page : pages) {
                    browser.go(page);
                    Accessibility.assertNoViolations(browser.driver());
                    browser.resize(320, 800);
                    Accessibility.assertFitsWidth(browser.driver(), 320);
                    browser.resize(1280, 900);
                }
                if (pass == 0) {
                    browser.submitAndWait(By.id("readingMode:toggle"));
                }
            }
            browser.go("/reference-group/topic.xhtml?id=" + topicId);
            assertTrue(browser.mainText().contains("Make a suggestion"), "standard wording after switching");
            Accessibility.assertNoViolations(browser.driver());
            browser.go("/reference-group/topic.xhtml?id=" + topicId);
            browser.resize(320, 800);
            Accessibility.assertFitsWidth(browser.driver(), 320);
        }

        // The facilitator answers; the member hears in the portal and by email.
        String suggestionId = suggestionIdOf(facilitator, topicId, marker);
        String page = facilitator.get("/reference-group/suggestion.xhtml?id=" + suggestionId).body();
        HttpResponse<String> missingEasyRead = facilitator.submit("/reference-group/suggestion.xhtml?id=" + suggestionId, page, "answer",
                Map.of("status", "ACCEPTED", "response", "We will offer a visit first " + marker, "easyRead", ""), "save");
        assertEquals(200, missingEasyRead.statusCode());
        assertTrue(missingEasyRead.body().contains("Write the Easy Read response first."), "a missing Easy Read response is named");
        assertTrue(missingEasyRead.body().contains("We will offer a visit first " + marker), "what was typed is kept");
        HttpResponse<String> answered = facilitator.submit("/reference-group/suggestion.xhtml?id=" + suggestionId,
                missingEasyRead.body(), "answer", Map.of("status", "ACCEPTED", "response", "We will offer a visit first " + marker,
                        "easyRead", "We said yes. We will visit you."), "save");
        assertEquals(302, answered.statusCode(), answered.body());
        String update = emailTo(email, 2);
        assertTrue(update.contains("Your suggestion about \"Our adult safeguarding policy"), update);
        assertFalse(update.contains(marker), "the email repeats no one's words");

        PortalHttpClient alex = new PortalHttpClient();
        alex.signIn("alex." + marker, "teapot river autumn");
        assertTrue(alex.get("/reference-group/index.xhtml").body().contains("You have 1 new message"));
        try (Browser browser = Browser.open()) {
            browser.signIn("alex." + marker, "teapot river autumn");
            browser.go("/reference-group/my-details.xhtml");
            browser.driver().findElement(By.linkText("Read more")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("suggestion.xhtml"));
            assertTrue(browser.text(By.id("response")).contains("We said yes. We will visit you."),
                    "the member reads the response, in Easy Read as they need");
        }

        String mine = alex.get("/reference-group/my-details.xhtml").body();
        assertTrue(mine.contains("Accepted"), mine);
        assertThat(mine).as("the member's consent, version by version").contains("Version 1, ");
        String youSaid = alex.get("/reference-group/you-said-we-did.xhtml").body();
        assertTrue(youSaid.contains("Ask me in person, not by letter " + marker + "” (Alex)"), "quoted with the first name, as agreed");

        // Withdrawing consent takes the words out of "you said, we did" at once.
        String details = alex.get("/reference-group/my-details.xhtml").body();
        assertEquals(302, alex.submit("/reference-group/my-details.xhtml", details, "consent", Map.of(), "withdraw").statusCode());
        String after = alex.get("/reference-group/you-said-we-did.xhtml").body();
        assertFalse(after.contains("Ask me in person, not by letter " + marker), "withdrawn words are not shown");
        assertTrue(after.contains("We said yes. We will visit you."), "what the council did is still shown (in Easy Read, as this member reads)");
    }

    @Test
    void agreeingTwiceAndSuggestingOnAClosedTopicAndAnotherGroupsPageGetClearMessages() {
        PortalHttpClient member = signedIn(Portal.DemoUser.MEMBER);
        String home = member.get("/reference-group/index.xhtml").body();
        String topicId = match(OPEN_TOPIC, home);
        String topicPage = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        Matcher agree = Pattern.compile("name=\"(suggestions:[^\"]*:agree)\"").matcher(topicPage);
        assertTrue(agree.find(), "the demo member can agree with someone else's suggestion");
        String button = agree.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        HttpResponse<String> first = member.submit("/reference-group/topic.xhtml?id=" + topicId, topicPage, "suggestions", fields,
                button.substring("suggestions:".length()));
        assertEquals(302, first.statusCode(), first.body());
        HttpResponse<String> second = member.submit("/reference-group/topic.xhtml?id=" + topicId, topicPage, "suggestions", fields,
                button.substring("suggestions:".length()));
        assertTrue(second.body().contains("You have already said you agree with this suggestion"), second.body());

        String closed = member.get("/reference-group/topic.xhtml?id=" + match(CLOSED_TOPIC, home)).body();
        assertTrue(closed.contains("This topic closed on"), "a closed topic says so");
        assertFalse(closed.contains("id=\"suggest\""), "and offers no suggestion form");

        String tooLong = member.submit("/reference-group/topic.xhtml?id=" + topicId, topicPage, "suggest",
                Map.of("text", "x".repeat(2001)), "send").body();
        assertTrue(tooLong.contains("Make your suggestion shorter: it has 2001 characters and can have 2000."), tooLong);
        assertTrue(tooLong.contains("x".repeat(2001)), "what was typed is kept");

        String script = member.submit("/reference-group/topic.xhtml?id=" + topicId, topicPage, "suggest",
                Map.of("text", "<script>alert(1)</script> idea"), "send").headers().firstValue("Location").orElseThrow();
        assertThat(script).contains("topic.xhtml");
        String shown = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        assertTrue(shown.contains("&lt;script&gt;alert(1)&lt;/script&gt; idea"), "contributions are shown escaped");

        String facilitatorPage = member.get("/reference-group/group.xhtml?id=" + groupId(signedIn(Portal.DemoUser.FACILITATOR))).body();
        assertFalse(facilitatorPage.contains("Possible disclosures"), "a member cannot open the facilitator's page");
        String missing = member.get("/reference-group/topic.xhtml?id=999999").body();
        assertTrue(missing.contains("There is no such topic"), missing);

        // Another group, with a topic of its own: the member of the first group is told it is not theirs.
        String marker = UUID.randomUUID().toString().substring(0, 6);
        PortalHttpClient facilitator = signedIn(Portal.DemoUser.FACILITATOR);
        HttpResponse<String> created = facilitator.submit("/reference-group/index.xhtml", facilitator.get("/reference-group/index.xhtml").body(),
                "newGroup", Map.of("name", "Carers' group " + marker, "purpose", "Carers shaping the carers' strategy"), "create");
        assertEquals(302, created.statusCode(), created.body());
        String otherGroupPath = created.headers().firstValue("Location").orElseThrow();
        otherGroupPath = otherGroupPath.substring(otherGroupPath.indexOf("/reference-group/"));
        HttpResponse<String> topic = facilitator.submit(otherGroupPath, facilitator.get(otherGroupPath).body(), "topic",
                Map.of("title", "Carers' breaks " + marker, "question", "What would help you take a break?",
                        "opensOn", dayFromToday(0), "closesOn", dayFromToday(30)), "create");
        assertEquals(302, topic.statusCode(), topic.body());
        String otherTopic = topic.headers().firstValue("Location").orElseThrow();
        String refused = member.get(otherTopic.substring(otherTopic.indexOf("/reference-group/"))).body();
        assertTrue(refused.contains("This page belongs to another reference group. You can only see your own group's pages."), refused);
        assertFalse(refused.contains("Carers' breaks " + marker), "nothing of the other group is shown");
        HttpResponse<String> laterPage = member.get("/reference-group/you-said-we-did.xhtml?page=2");
        assertEquals(200, laterPage.statusCode(), "a later page with no status chosen links back without one");
        assertTrue(laterPage.body().contains("Page 2 of"), laterPage.body());
        String youSaid = member.get("/reference-group/you-said-we-did.xhtml?group=999999").body();
        assertTrue(youSaid.contains("There is no such reference group"), youSaid);
    }

    @Test
    void aDisclosureIsHeldFromOthersAndRaisesAPrivateAlertForTheFacilitator() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        PortalHttpClient member = signedIn(Portal.DemoUser.MEMBER);
        String topicId = match(OPEN_TOPIC, member.get("/reference-group/index.xhtml").body());
        String page = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        HttpResponse<String> sent = member.submit("/reference-group/topic.xhtml?id=" + topicId, page, "suggest",
                Map.of("text", "My carer hits me when nobody is around " + marker), "send");
        assertEquals(302, sent.statusCode());
        String after = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        assertTrue(after.contains("A facilitator will read this before others in the group see it"), "the author is told plainly");

        PortalHttpClient facilitator = signedIn(Portal.DemoUser.FACILITATOR);
        String group = facilitator.get("/reference-group/group.xhtml?id=" + groupId(facilitator)).body();
        assertTrue(group.contains("My carer hits me when nobody is around " + marker), "the facilitator sees the alert");
        assertTrue(group.contains("raise a safeguarding concern"), "with the prompt to follow the procedure");
        String youSaid = facilitator.get("/reference-group/you-said-we-did.xhtml?group=" + groupId(facilitator)).body();
        assertFalse(youSaid.contains(marker), "held words reach no output");
        String leadView = signedIn(Portal.DemoUser.LEAD).get("/reference-group/topic.xhtml?id=" + topicId).body();
        assertTrue(leadView.contains("Our adult safeguarding policy"), "a lead reads the discussion");
        assertFalse(leadView.contains(marker), "but not words held back for the facilitator");
    }



    static String suggestionIdOf(PortalHttpClient client, String topicId, String marker) {
        String page = client.get("/reference-group/topic.xhtml?id=" + topicId).body();
        int at = page.indexOf(marker);
        Matcher id = Pattern.compile("suggestion\\.xhtml\\?id=(\\d+)").matcher(page.substring(at));
        assertTrue(id.find());
        return id.group(1);
    }


    /** The n-th email (from 1) to the address, waiting for it to arrive. */
    static String emailTo(String address, int n) throws Exception {
        java.util.List<MimeMessage> to = await("email " + n + " to " + address).atMost(java.time.Duration.ofSeconds(15))
                .until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(message -> addressedTo(message, address)).toList(), received -> received.size() >= n);
        return ((String) to.get(n - 1).getContent()).replace("\r\n", "\n");
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
