package org.mspportal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.HtmlForm;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.mspportal.it.support.RespondentPages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A respondent may be using a phone that the person who hurt them can pick up. Nothing they wrote may stay
 * readable once they save for later or leave; no page they can reach keeps anything about them on the
 * server; and a damaged or forged form gets a kind page, never an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentPrivacyIT {

    static final String SECRET_WORDS = "He reads my messages when I am asleep";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void noPageAnAnonymousVisitorCanReachCreatesAnHttpSession() {
        PortalHttpClient visitor = new PortalHttpClient();
        for (String path : List.of("/feedback/start.xhtml", "/feedback/help.xhtml", "/feedback/ended.xhtml?why=ended",
                "/feedback/saved.xhtml?until=2027-03-01", "/feedback/welcome.xhtml", "/feedback/check.xhtml",
                "/feedback/no-such-page.xhtml", "/error/not-found.xhtml", "/no-such-page.xhtml", "/go")) {
            HttpResponse<String> page = visitor.get(path);
            assertTrue(page.statusCode() < 500, path + " answered " + page.statusCode());
            assertFalse(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    path + " created an HTTP session: " + page.headers().allValues("Set-Cookie"));
        }
        for (String typed : List.of("/go", "/Go")) {
            assertTrue(visitor.get(typed).headers().firstValue("Location").orElse("").endsWith("/feedback/start.xhtml"),
                    "the letter's short address " + typed + " opens the page that asks for the code");
        }
        String start = visitor.get("/feedback/start.xhtml").body();
        HtmlForm codeForm = HtmlForm.on(start, visitor.page("/feedback/start.xhtml")).get(0);
        HttpResponse<String> wrongCode = visitor.post(codeForm.actionPath(),
                codeForm.submission(Map.of("code", "ABCD-EFGH"), java.util.Optional.of("start")));
        assertTrue(HtmlForm.visibleWords(wrongCode.body()).contains("ABCD-EFGH"), "the code typed is kept");
        assertEquals(null, visitor.sessionId(), "typing a code creates no HTTP session either");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing view state", "forged view state", "missing nonce", "forged nonce", "nothing"})
    void aForgedOrDamagedStartFormGetsTheKindPageNeverAnError(String damage) {
        PortalHttpClient visitor = new PortalHttpClient();
        String start = visitor.get("/feedback/start.xhtml").body();
        HtmlForm codeForm = HtmlForm.on(start, visitor.page("/feedback/start.xhtml")).get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        codeForm.submission(Map.of("code", "ABCD-EFGH"), java.util.Optional.of("start"))
                .forEach(f -> fields.put(f.getKey(), f.getValue()));
        switch (damage) {
            case "missing view state" -> fields.remove("jakarta.faces.ViewState");
            case "forged view state" -> fields.put("jakarta.faces.ViewState", "-1234567890:987654321");
            case "missing nonce" -> fields.remove("primefaces.nonce");
            case "forged nonce" -> fields.put("primefaces.nonce", "bm90LWEtbm9uY2U=");
            default -> fields.clear();
        }
        HttpResponse<String> answer = visitor.post("/feedback/start.xhtml", fields);
        assertEquals(302, answer.statusCode(), damage + ": " + answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/feedback/ended.xhtml"), location);
        HttpResponse<String> kind = visitor.get(java.net.URI.create(location));
        assertEquals(200, kind.statusCode());
        assertTrue(kind.body().contains("Please start again with your link or code"), kind.body());
    }

    @Test
    void afterSaveAndComeBackLaterTheAnswersCannotBeReadWithoutTheCode() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want him to stop reading my phone");
        try (Browser browser = Browser.openWithoutJavaScript()) {
            WebDriver d = browser.driver();
            new RespondentPages(browser).startWithCode(letter.code()).begin().answer("PERSON").giveReason(SECRET_WORDS)
                    .answerAndSaveForLater("PARTLY");
            assertTrue(browser.mainText().contains("Your answers are saved"), browser.mainText());
            assertTrue(browser.text(By.id("usableUntil")).startsWith("Your link and code work until "));
            assertTrue(d.manage().getCookieNamed("msp_feedback") == null, "the session's cookie is gone");

            for (String path : List.of("/feedback/check.xhtml", "/feedback/question.xhtml?step=outcome-1",
                    "/feedback/welcome.xhtml")) {
                browser.go(path);
                assertFalse(d.getPageSource().contains(SECRET_WORDS), path + " still shows the answers");
                assertTrue(browser.mainText().contains("Please start with your link or code")
                        || !d.findElements(By.id("code")).isEmpty(), path + " asks for the code: " + browser.mainText());
            }
            d.navigate().back();
            d.navigate().back();
            assertFalse(d.getPageSource().contains(SECRET_WORDS), "Back shows the answers again");

            browser.go("/feedback/start.xhtml");
            d.findElement(By.id("code")).sendKeys(letter.code());
            browser.pressAndWait(By.id("start"));
            assertTrue(browser.mainText().contains("Welcome back"), "the code opens the saved answers again");
            browser.go("/feedback/question.xhtml?step=outcome-1");
            assertEquals(SECRET_WORDS, d.findElement(By.id("detail")).getAttribute("value"));
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void theQuickExitOnEveryPageEndsTheSessionAndOpensAnEverydaySite(boolean javaScript) {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to be left alone");
        try (Browser browser = javaScript ? Browser.open() : Browser.openWithoutJavaScript()) {
            WebDriver d = browser.driver();
            browser.go(letter.path());
            for (String path : List.of("/feedback/welcome.xhtml", "/feedback/help.xhtml",
                    "/feedback/question.xhtml?step=who", "/feedback/check.xhtml")) {
                browser.go(path);
                assertEquals(1, d.findElements(By.id("quickExit")).size(), path + " has the quick exit");
            }
            new RespondentPages(browser).openQuestion("who").answer("PERSON").giveReason(SECRET_WORDS).answer("NO");
            d.findElement(By.id("quickExit")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> x.getCurrentUrl().contains("neutral-site-for-tests"));
            assertTrue(d.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("msp_feedback")),
                    "the respondent's cookies are gone: " + d.manage().getCookies());

            d.navigate().back();
            assertFalse(d.getPageSource().contains(SECRET_WORDS), "Back does not show the answers");
            browser.go("/feedback/question.xhtml?step=outcome-1");
            assertFalse(d.getPageSource().contains(SECRET_WORDS), "the session ended with the quick exit");
        }
    }
}
