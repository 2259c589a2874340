package org.mspportal.it.referencegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Sessions as people use them: the facilitator plans one (a date in the past is refused and what was typed
 * kept) and every member is invited; a member replies with what they need, by keyboard, and the facilitator
 * sees it beside their standing access needs; after a session the member gives feedback and the facilitator
 * records attendance and reads the summary. Member pages pass axe-core in both wordings, at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceGroupSessionIT {

    static final Pattern PAST = Pattern.compile("href=\"[^\"]*/reference-group/session\\.xhtml\\?id=(\\d+)\"[^<]*</a></h3>\\s*<p>What should happen when someone tells us");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aFacilitatorPlansASessionAndAMemberRepliesWithWhatTheyNeed() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        PortalHttpClient facilitator = ReferenceGroupPages.signedIn(Portal.DemoUser.FACILITATOR);
        String groupId = ReferenceGroupPages.groupId(facilitator);
        String path = "/reference-group/session-new.xhtml?group=" + groupId;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("purpose", "Talking about advocacy " + marker);
        form.put("day", "1/1/2020");
        form.put("startTime", "10:30");
        form.put("minutes", "90");
        form.put("venue", "NEUTRAL");
        form.put("venueName", "Central Library, Meeting Room 2");
        form.put("venueAccessibility", "Step-free, hearing loop");
        HttpResponse<String> past = facilitator.submit(path, facilitator.get(path).body(), "plan", form, "save");
        assertEquals(200, past.statusCode());
        assertTrue(past.body().contains("A new session must be in the future"), past.body());
        assertTrue(past.body().contains("Talking about advocacy " + marker), "what was typed is kept");

        form.put("day", ReferenceGroupPages.dayFromToday(21));
        HttpResponse<String> planned = facilitator.submit(path, past.body(), "plan", form, "save");
        assertEquals(302, planned.statusCode(), planned.body());
        String sessionPath = planned.headers().firstValue("Location").orElseThrow();
        sessionPath = sessionPath.substring(sessionPath.indexOf("/reference-group/"));

        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.MEMBER);
            browser.go("/reference-group/index.xhtml");
            assertTrue(browser.mainText().contains("Talking about advocacy " + marker), "the member sees the new session");
            browser.go(sessionPath);
            Accessibility.assertNoViolations(browser.driver());
            browser.driver().findElement(By.cssSelector("input[name='reply:rsvp'][value='COMING']")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("reply:needsNote")).sendKeys("A taxi from home " + marker);
            browser.driver().findElement(By.id("reply:needsNote")).sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getPageSource().contains("Your reply and what you need are saved"));
            browser.submitAndWait(By.id("readingMode:toggle"));
            Accessibility.assertNoViolations(browser.driver());
            browser.resize(320, 800);
            Accessibility.assertFitsWidth(browser.driver(), 320);
        }

        String seen = facilitator.get(sessionPath).body();
        assertTrue(seen.contains("A taxi from home " + marker), "the facilitator sees what the member needs this time");
        assertTrue(seen.contains("Large print"), "beside the member's standing access needs");
    }

    @Test
    void afterASessionMembersGiveFeedbackAndTheFacilitatorRecordsWhoCame() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        PortalHttpClient member = ReferenceGroupPages.signedIn(Portal.DemoUser.MEMBER);
        String sessionId = ReferenceGroupPages.match(PAST, member.get("/reference-group/index.xhtml").body());
        String path = "/reference-group/session.xhtml?id=" + sessionId;
        String page = member.get(path).body();
        assertFalse(page.contains("id=\"reply\""), "a session that has taken place takes no replies");
        HttpResponse<String> missing = member.submit(path, page, "feedback", Map.of("whatToChange", "More breaks " + marker), "send");
        assertTrue(missing.body().contains("Say whether you felt listened to."), missing.body());
        assertTrue(missing.body().contains("More breaks " + marker), "what was typed is kept");
        HttpResponse<String> sent = member.submit(path, missing.body(), "feedback",
                Map.of("listenedTo", "PARTLY", "venueRight", "YES", "whatToChange", "More breaks " + marker), "send");
        assertEquals(302, sent.statusCode(), sent.body());

        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.MEMBER);
            browser.go(path);
            assertThat(browser.mainText()).contains("we have your feedback");
            Accessibility.assertNoViolations(browser.driver());
        }

        PortalHttpClient facilitator = ReferenceGroupPages.signedIn(Portal.DemoUser.FACILITATOR);
        String facilitatorPage = facilitator.get(path).body();
        assertTrue(facilitatorPage.contains("More breaks " + marker), "the facilitator reads what members would change");
        Matcher partly = Pattern.compile("Felt listened to: Yes \\d+, Partly (\\d+)").matcher(facilitatorPage);
        assertTrue(partly.find() && Integer.parseInt(partly.group(1)) >= 1, facilitatorPage);
        Matcher came = Pattern.compile("<input[^>]*name=\"attendance:came\"[^>]*value=\"(\\d+)\"").matcher(facilitatorPage);
        assertTrue(came.find());
        HttpResponse<String> saved = facilitator.submit(path, facilitatorPage, "attendance", Map.of("came", came.group(1)), "save");
        assertEquals(302, saved.statusCode(), saved.body());
        String groupPage = facilitator.get("/reference-group/group.xhtml?id=" + ReferenceGroupPages.groupId(facilitator)).body();
        assertThat(groupPage).contains("Attendance over time");
    }
}
