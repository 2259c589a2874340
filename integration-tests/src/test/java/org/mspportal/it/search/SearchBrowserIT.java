package org.mspportal.it.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A safeguarding lead in the browser, on the demo data's anonymised feedback: searches, narrows by a facet,
 * reads the marked passages and downloads them; the page passes axe-core, on a phone's width too. Other
 * roles are turned away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aLeadSearchesNarrowsByAFacetReadsThePassagesAndDownloadsThem() throws InterruptedException {
        waitForTheDemoFeedbackToBeIndexed();
        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.LEAD);
            browser.go("/search/index.xhtml");
            Accessibility.assertNoViolations(browser.driver());
            WebDriver d = browser.driver();

            WebElement words = d.findElement(By.id("q"));
            words.sendKeys("police OR told");
            browser.submitAndWait(By.cssSelector("#search button"));
            assertTrue(browser.text(By.id("summary")).matches("\\d+ results\\. Showing 1 to \\d+\\."),
                    browser.text(By.id("summary")));
            List<WebElement> marks = d.findElements(By.cssSelector("#results mark"));
            assertFalse(marks.isEmpty(), "the matched words are marked");
            assertTrue(marks.stream().allMatch(m -> m.getText().equalsIgnoreCase("police") || m.getText().equalsIgnoreCase("told")),
                    "only the words searched for are marked");
            assertFalse(browser.mainText().contains("07700"), "no phone number on the page");
            Accessibility.assertNoViolations(d);

            String before = browser.text(By.id("summary"));
            d.findElement(By.cssSelector("#facet-source + ul a")).click();
            assertTrue(d.getCurrentUrl().contains("source="), d.getCurrentUrl());
            assertTrue(d.findElement(By.cssSelector("#facet-source + ul a.facet__chosen")).getText().startsWith("✓"),
                    "the chosen value is shown as chosen");
            assertTrue(d.findElement(By.id("q")).getAttribute("value").equals("police OR told"), "the words are kept");
            assertFalse(browser.text(By.id("summary")).isEmpty(), before);
            Accessibility.assertNoViolations(d);

            browser.resize(320, 800);
            Accessibility.assertNoViolations(d);
            Accessibility.assertFitsWidth(d, 320);

            browser.resize(1280, 900);
            browser.signOut();
            assertTrue(browser.mainText().contains("You have signed out."), "signing out from the search page works");
        }

        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        HttpResponse<String> csv = lead.get("/search/export.csv?q=police");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows = parse(csv.body());
        assertEquals("Words (anonymised)", rows.get(0).get(8));
        assertTrue(rows.size() > 1, "rows of words");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(8).toLowerCase().contains("police")), "each row matched");
    }

    @Test
    void aLeadOpensACommentFromTheResultsAndPutsItUnderAnotherThemeAndTakesItOff() throws InterruptedException {
        waitForTheDemoFeedbackToBeIndexed();
        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.LEAD);
            browser.go("/search/index.xhtml?q=police");
            WebDriver d = browser.driver();
            d.findElement(By.cssSelector("#results a[href*='entry.xhtml']")).click();
            assertTrue(browser.text(By.id("words")).toLowerCase().contains("police"), browser.text(By.id("words")));
            Accessibility.assertNoViolations(d);

            String theme = new Select(d.findElement(By.id("themes:theme")))
                    .getFirstSelectedOption().getText();
            browser.submitAndWait(By.id("themes:add"));
            assertTrue(browser.mainText().contains("The comment is now under \"" + theme + "\""), browser.mainText());
            assertTrue(browser.text(By.id("themeList")).contains(theme));

            new Select(d.findElement(By.id("themes:remove"))).selectByVisibleText(theme);
            browser.submitAndWait(By.id("themes:takeOff"));
            assertTrue(browser.mainText().contains("is no longer under \"" + theme + "\""), browser.mainText());
            assertFalse(browser.text(By.id("themeList")).contains(theme));
            Accessibility.assertNoViolations(d);

            d.findElement(By.id("back")).click();
            assertTrue(d.getCurrentUrl().contains("q=police"), "back to the same search: " + d.getCurrentUrl());
        }
    }

    @Test
    void aLeadAddsAThemeIsToldWhatIsWrongWithARuleAndRemovesIt() {
        String name = "Transport " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.LEAD);
            browser.go("/search/themes.xhtml");
            Accessibility.assertNoViolations(browser.driver());
            WebDriver d = browser.driver();
            assertTrue(browser.text(By.id("themeTable")).contains("Being listened to"), "the seeded themes");

            d.findElement(By.id("theme:name")).sendKeys(name);
            d.findElement(By.id("theme:rule")).sendKeys("the and of");
            browser.submitAndWait(By.id("theme:save"));
            assertTrue(browser.mainText().contains("too common to find anything"), browser.mainText());
            assertEquals(name, d.findElement(By.id("theme:name")).getAttribute("value"), "what was typed is kept");
            Accessibility.assertNoViolations(d);

            d.findElement(By.id("theme:rule")).clear();
            d.findElement(By.id("theme:rule")).sendKeys("bus, taxi, lift to the meeting");
            browser.submitAndWait(By.id("theme:save"));
            assertTrue(browser.mainText().contains("The theme \"" + name + "\" is saved"), browser.mainText());
            assertTrue(browser.text(By.id("themeTable")).contains("bus, taxi, lift to the meeting"));
            assertTrue(browser.text(By.id("indexState")).startsWith("Comments in the index:"));

            browser.submitAndWait(By.cssSelector("input[aria-label='Remove " + name + "']"));
            assertTrue(browser.mainText().contains("The theme is removed"), browser.mainText());
            assertFalse(browser.text(By.id("themeTable")).contains(name));
            Accessibility.assertNoViolations(d);

            browser.submitAndWait(By.id("rebuild:start"));
            assertTrue(browser.mainText().contains("The index is being rebuilt"), browser.mainText());
            assertTrue(d.findElement(By.id("rebuildProgress")).isDisplayed(), "the rebuild's progress is shown");
            Accessibility.assertNoViolations(d);
        }
    }

    @Test
    void onlyLeadsAndAdministratorsMaySearch() {
        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        assertEquals(403, practitioner.get("/search/index.xhtml").statusCode());
        assertEquals(403, practitioner.get("/search/export.csv?q=police").statusCode());
        assertEquals(403, practitioner.get("/search/themes.xhtml").statusCode());
    }

    private static List<CSVRecord> parse(String body) {
        try {
            return CSVFormat.EXCEL.parse(new StringReader(body.startsWith("\ufeff") ? body.substring(1) : body)).getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The demo data's feedback goes through the outbox like any other: wait until the index has caught up. */
    private static void waitForTheDemoFeedbackToBeIndexed() throws InterruptedException {
        PortalHttpClient http = new PortalHttpClient();
        await("the index to catch up with the demo data").atMost(Duration.ofSeconds(30))
                .until(() -> http.get(Portal.MANAGEMENT.resolve("health/ready")).body(),
                        body -> body.matches("(?s).*\"search-index.waiting\":0[,}].*")
                                && body.matches("(?s).*\"search-index.documents\":[1-9].*"));
    }
}
