package org.mspportal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * People completing the feedback in a real browser: by keyboard alone on a 320 px screen, in Easy Read
 * and Welsh, with JavaScript switched off (stopping and carrying on in a new browser), and a practitioner
 * filling it in with the person. axe-core checks every page a respondent sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentBrowserIT {

    static final List<String> SIX = List.of("GOT_OUTCOMES", "CHANCE_TO_SAY", "LISTENED_TO", "ACTED_ON_WISHES",
            "SAFE_AS_WANTED", "HAPPIER");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aPersonCompletesTheFeedbackByKeyboardAloneOnAPhoneWithNoAccessibilityViolations() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want my son to stop taking my pension");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.resize(320, 740);
            browser.go(letter.path());
            assertTrue(d.getCurrentUrl().endsWith("/feedback/welcome.xhtml"), "the secret left the address bar");
            checkPage(d);
            tabTo(d, By.id("begin")).sendKeys(Keys.ENTER);

            for (int page = 1; page <= 11; page++) {
                assertTrue(browser.text(By.id("progress")).equals("Question " + page + " of 11"), browser.mainText());
                checkPage(d);
                WebElement current = d.findElement(By.id("progress"));
                if (d.findElements(By.name("answer")).isEmpty()) {
                    tabTo(d, By.id("detail")).sendKeys("They kept me informed");
                    tabTo(d, By.id("continue")).sendKeys(Keys.ENTER);
                } else {
                    WebElement first = tabTo(d, By.name("answer"));
                    first.sendKeys(Keys.SPACE);
                    first.sendKeys(Keys.ARROW_DOWN);
                    d.switchTo().activeElement().sendKeys(Keys.ENTER);
                }
                new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(current));
            }
            assertTrue(d.getCurrentUrl().endsWith("/feedback/check.xhtml"), d.getCurrentUrl());
            assertTrue(browser.mainText().contains("I want my son to stop taking my pension"));
            checkPage(d);
            tabTo(d, By.id("send")).sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> x.getCurrentUrl().endsWith("/feedback/sent.xhtml"));
            assertTrue(browser.mainText().contains("What happens next"));
            checkPage(d);

            d.findElement(By.id("helpNow")).click();
            assertTrue(browser.mainText().contains("999"));
            checkPage(d);
            browser.go("/feedback/start.xhtml");
            browser.pressAndWait(By.id("start"));
            assertTrue(browser.text(By.id("errorSummary")).contains("Check your code"));
            assertEquals("errorSummary", d.switchTo().activeElement().getAttribute("id"), "the error summary takes focus");
            checkPage(d);
            browser.go("/feedback/ended.xhtml?why=ended");
            checkPage(d);
        }
    }

    @Test
    void easyReadAndWelshShowSimpleWordsAndPicturesWithTheSameAnswersAndNoViolations() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to go back to the day centre");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.go(letter.path());
            browser.go("/feedback/question.xhtml?step=LISTENED_TO");
            assertEquals("Did you feel that you were listened to?", browser.text(By.id("question")));
            d.findElement(By.id("switchReading")).click();
            assertEquals("Did we listen to you?", browser.text(By.id("question")));
            assertTrue(d.findElement(By.tagName("body")).getAttribute("class").contains("easy-read"));
            assertEquals(4, d.findElements(By.cssSelector("img.choice__picture")).size(), "a picture for each answer");
            checkPage(d);
            d.findElement(By.cssSelector("label[for='answer-PARTLY']")).click();
            browser.submitAndWait(By.id("continue"));
            browser.go("/feedback/question.xhtml?step=feeling-safe");
            assertEquals(5, d.findElements(By.cssSelector("img.choice__picture")).size());
            checkPage(d);

            d.findElement(By.id("switchLanguage")).click();
            assertEquals("cy", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Pa mor ddiogel ydych chi'n teimlo nawr?", browser.text(By.id("question")));
            checkPage(d);
            browser.go("/feedback/check.xhtml");
            assertTrue(browser.mainText().contains("Ychydig"), "the answer given in English shows in Welsh Easy Read");
            checkPage(d);
            d.findElement(By.id("switchReading")).click();
            d.findElement(By.id("switchLanguage")).click();
            assertTrue(browser.mainText().contains("Partly"), "the same answer code, in standard English");
        }
    }

    @Test
    void withJavaScriptOffAPersonTypesTheirCodeStopsAndCarriesOnInANewBrowser() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to feel safe in my flat", "I want to choose my carers");
        try (Browser browser = Browser.openWithoutJavaScript()) {
            WebDriver d = browser.driver();
            browser.go("/feedback/start.xhtml");
            d.findElement(By.id("code")).sendKeys(letter.code());
            browser.pressAndWait(By.id("start"));
            assertTrue(browser.mainText().contains("Before you start"));
            browser.pressAndWait(By.id("begin"));
            choose(browser, "PERSON", "continue");
            d.findElement(By.id("detail")).sendKeys("Nobody told me what was happening");
            choose(browser, "PARTLY", "saveForLater");
            assertTrue(browser.mainText().contains("Your answers are saved"), browser.mainText());
        }
        try (Browser browser = Browser.openWithoutJavaScript()) {
            WebDriver d = browser.driver();
            browser.go("/feedback/start.xhtml");
            d.findElement(By.id("code")).sendKeys(letter.code());
            browser.pressAndWait(By.id("start"));
            assertTrue(browser.mainText().contains("Welcome back"));
            browser.pressAndWait(By.id("begin"));
            assertEquals("Question 3 of 12", browser.text(By.id("progress")), "carries on at the second outcome");
            browser.pressAndWait(By.id("back"));
            assertEquals("Nobody told me what was happening", d.findElement(By.id("detail")).getAttribute("value"));
            assertTrue(d.findElement(By.id("answer-PARTLY")).isSelected());
            choose(browser, "PARTLY", "continue");
            choose(browser, "NO", "continue");
            for (String ignored : SIX) {
                choose(browser, "YES", "continue");
            }
            choose(browser, "NOT_AT_ALL_SAFE", "continue");
            browser.pressAndWait(By.id("continue"));
            browser.pressAndWait(By.id("continue"));
            assertTrue(browser.mainText().contains("Check your answers"));
            browser.pressAndWait(By.id("change-LISTENED_TO"));
            choose(browser, "RATHER_NOT_SAY", "continue");
            assertTrue(d.getCurrentUrl().endsWith("/feedback/check.xhtml"), "a change goes back to the check page");
            browser.pressAndWait(By.id("send"));
            assertTrue(browser.mainText().contains("Thank you: your answers have been sent"));
            d.navigate().back();
            if (!d.findElements(By.id("send")).isEmpty()) {
                browser.pressAndWait(By.id("send"));
            }
            assertTrue(browser.mainText().contains("Thank you"), "back after sending, and Send again, only thanks again");
        }
    }

    @Test
    void aPractitionerFillsInTheFeedbackWithThePersonAndItIsAudited() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to keep my dog");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.signIn(Portal.DemoUser.PRACTITIONER);
            browser.go("/survey/invitations.xhtml?ref=" + letter.caseReference());
            browser.submitAndWait(By.id("invitations:completeWithPerson"));
            assertTrue(browser.text(By.cssSelector(".assisted")).contains("A member of staff is filling in this form"));
            browser.submitAndWait(By.id("begin"));
            choose(browser, "STAFF_ON_BEHALF", "continue");
            choose(browser, "YES", "continue");
            for (String ignored : SIX) {
                choose(browser, "YES", "continue");
            }
            choose(browser, "AS_SAFE_AS_I_WANT", "continue");
            browser.pressAndWait(By.id("continue"));
            browser.pressAndWait(By.id("continue"));
            browser.pressAndWait(By.id("send"));
            assertTrue(browser.mainText().contains("Back to enquiries"));
        }
        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String audit = admin.get("/admin/audit.xhtml").body();
        assertTrue(audit.contains("COMPLETED_ASSISTED_FEEDBACK"), "the completion is audited");
        assertTrue(audit.contains("STARTED_ASSISTED_FEEDBACK"));
    }

    @Test
    void whenACarerAnswersTheQuestionsAskAboutThePersonInEnglishEasyReadAndWelsh() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to stay in my bungalow");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.go(letter.path());
            browser.go("/feedback/question.xhtml?step=who");
            d.findElement(By.cssSelector("label[for='answer-FAMILY_FRIEND_OR_CARER']")).click();
            browser.submitAndWait(By.id("continue"));
            assertEquals("They told us they wanted: \"I want to stay in my bungalow\". Did this happen?",
                    browser.text(By.id("question")));
            assertTrue(browser.text(By.id("proxyIntro")).contains("the questions ask about them"));
            browser.go("/feedback/question.xhtml?step=LISTENED_TO");
            assertEquals("Did they feel that they were listened to?", browser.text(By.id("question")));
            checkPage(d);
            browser.submitAndWait(By.id("switchReading"));
            assertEquals("Did we listen to them?", browser.text(By.id("question")));
            browser.go("/feedback/question.xhtml?step=feeling-safe");
            assertTrue(browser.mainText().contains("They do not feel safe at all"), "the answers speak about them too");
            checkPage(d);
            browser.submitAndWait(By.id("switchLanguage"));
            browser.submitAndWait(By.id("switchReading"));
            browser.go("/feedback/question.xhtml?step=LISTENED_TO");
            assertEquals("Oedden nhw'n teimlo bod rhywun yn gwrando arnyn nhw?", browser.text(By.id("question")));
            checkPage(d);
            browser.go("/feedback/question.xhtml?step=who");
            d.findElement(By.cssSelector("label[for='answer-PERSON']")).click();
            browser.submitAndWait(By.id("continue"));
            browser.go("/feedback/question.xhtml?step=LISTENED_TO");
            assertEquals("Oeddech chi'n teimlo bod rhywun yn gwrando arnoch chi?", browser.text(By.id("question")),
                    "the person answering for themselves is asked about themselves");
        }
    }

    static void choose(Browser browser, String choice, String button) {
        browser.driver().findElement(By.cssSelector("label[for='answer-" + choice + "']")).click();
        browser.pressAndWait(By.id(button));
    }

    static void checkPage(WebDriver d) {
        Accessibility.assertNoViolations(d);
        Accessibility.assertFitsWidth(d, Math.max(320, d.manage().window().getSize().getWidth()));
    }

    /** Presses Tab until the wanted element has the focus, as a keyboard user would. */
    static WebElement tabTo(WebDriver d, By wanted) {
        WebElement target = d.findElement(wanted);
        for (int i = 0; i < 40; i++) {
            if (target.equals(d.switchTo().activeElement())) {
                return target;
            }
            d.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Could not reach " + wanted + " with the Tab key");
    }
}
