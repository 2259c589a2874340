package org.mspportal.it.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.mspportal.it.support.RespondentPages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
            RespondentPages person = new RespondentPages(browser);
            browser.resize(320, 740);
            browser.go(letter.path());
            assertThat(person.address()).as("the secret left the address bar").endsWith("/feedback/welcome.xhtml");
            checkPage(d);
            tabTo(d, RespondentPages.BEGIN).sendKeys(Keys.ENTER);

            for (int page = 1; page <= 11; page++) {
                assertThat(person.progress()).isEqualTo("Question " + page + " of 11");
                checkPage(d);
                WebElement current = d.findElement(RespondentPages.PROGRESS);
                if (d.findElements(RespondentPages.ANSWERS).isEmpty()) {
                    tabTo(d, RespondentPages.REASON).sendKeys("They kept me informed");
                    tabTo(d, RespondentPages.CONTINUE).sendKeys(Keys.ENTER);
                } else {
                    WebElement first = tabTo(d, RespondentPages.ANSWERS);
                    first.sendKeys(Keys.SPACE);
                    first.sendKeys(Keys.ARROW_DOWN);
                    d.switchTo().activeElement().sendKeys(Keys.ENTER);
                }
                new WebDriverWait(d, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(current));
            }
            assertThat(person.address()).endsWith("/feedback/check.xhtml");
            assertThat(person.text()).contains("I want my son to stop taking my pension");
            checkPage(d);
            tabTo(d, RespondentPages.SEND).sendKeys(Keys.ENTER);
            new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> x.getCurrentUrl().endsWith("/feedback/sent.xhtml"));
            assertThat(person.text()).contains("What happens next");
            checkPage(d);

            d.findElement(RespondentPages.HELP_NOW).click();
            assertThat(person.text()).contains("999");
            checkPage(d);
            person.startWithoutACode();
            assertThat(person.errorSummary()).contains("Check your code");
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
            RespondentPages person = new RespondentPages(browser);
            browser.go(letter.path());
            person.openQuestion("LISTENED_TO");
            assertEquals("Did you feel that you were listened to?", person.question());
            person.switchReading();
            assertEquals("Did we listen to you?", person.question());
            assertTrue(person.isEasyRead(), "the page reads Easy Read");
            assertEquals(4, person.pictures(), "a picture for each answer");
            checkPage(browser.driver());
            person.answerBySubmitting("PARTLY");
            person.openQuestion("feeling-safe");
            assertEquals(5, person.pictures());
            checkPage(browser.driver());

            person.switchLanguage();
            assertEquals("cy", person.language());
            assertEquals("Pa mor ddiogel ydych chi'n teimlo nawr?", person.question());
            checkPage(browser.driver());
            person.openCheckPage();
            assertThat(person.text()).as("the answer given in English shows in Welsh Easy Read").contains("Ychydig");
            checkPage(browser.driver());
            person.switchReading().switchLanguage();
            assertThat(person.text()).as("the same answer code, in standard English").contains("Partly");
        }
    }

    @Test
    void withJavaScriptOffAPersonTypesTheirCodeStopsAndCarriesOnInANewBrowser() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to feel safe in my flat", "I want to choose my carers");
        try (Browser browser = Browser.openWithoutJavaScript()) {
            RespondentPages person = new RespondentPages(browser).startWithCode(letter.code());
            assertThat(person.text()).contains("Before you start");
            person.begin().answer("PERSON").giveReason("Nobody told me what was happening").answerAndSaveForLater("PARTLY");
            assertThat(person.text()).contains("Your answers are saved");
        }
        try (Browser browser = Browser.openWithoutJavaScript()) {
            RespondentPages person = new RespondentPages(browser).startWithCode(letter.code());
            assertThat(person.text()).contains("Welcome back");
            person.begin();
            assertEquals("Question 3 of 12", person.progress(), "carries on at the second outcome");
            person.back();
            assertEquals("Nobody told me what was happening", person.reasonTyped());
            assertTrue(person.isChosen("PARTLY"), "the answer given before is still chosen");
            person.answer("PARTLY").answer("NO");
            for (String ignored : SIX) {
                person.answer("YES");
            }
            person.answer("NOT_AT_ALL_SAFE").carryOn().carryOn();
            assertThat(person.text()).contains("Check your answers");
            person.change("LISTENED_TO").answer("RATHER_NOT_SAY");
            assertThat(person.address()).as("a change goes back to the check page").endsWith("/feedback/check.xhtml");
            person.send();
            assertThat(person.text()).contains("Thank you: your answers have been sent");
            browser.driver().navigate().back();
            if (person.canSend()) {
                person.send();
            }
            assertThat(person.text()).as("back after sending, and Send again, only thanks again").contains("Thank you");
        }
    }

    @Test
    void aPractitionerFillsInTheFeedbackWithThePersonAndItIsAudited() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to keep my dog");
        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.PRACTITIONER);
            browser.go("/survey/invitations.xhtml?ref=" + letter.caseReference());
            browser.submitAndWait(By.id("invitations:completeWithPerson"));
            assertThat(browser.text(By.cssSelector(".assisted"))).contains("A member of staff is filling in this form");
            browser.submitAndWait(RespondentPages.BEGIN);
            RespondentPages staff = new RespondentPages(browser).answer("STAFF_ON_BEHALF").answer("YES");
            for (String ignored : SIX) {
                staff.answer("YES");
            }
            staff.answer("AS_SAFE_AS_I_WANT").carryOn().carryOn().send();
            assertThat(staff.text()).contains("Back to enquiries");
        }
        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String audit = admin.get("/admin/audit.xhtml").body();
        assertThat(audit).as("the assisted completion is audited").contains("COMPLETED_ASSISTED_FEEDBACK")
                .contains("STARTED_ASSISTED_FEEDBACK");
    }

    @Test
    void whenACarerAnswersTheQuestionsAskAboutThePersonInEnglishEasyReadAndWelsh() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to stay in my bungalow");
        try (Browser browser = Browser.open()) {
            RespondentPages carer = new RespondentPages(browser);
            browser.go(letter.path());
            carer.openQuestion("who").answerBySubmitting("FAMILY_FRIEND_OR_CARER");
            assertEquals("They told us they wanted: \"I want to stay in my bungalow\". Did this happen?", carer.question());
            assertThat(carer.proxyIntro()).contains("the questions ask about them");
            carer.openQuestion("LISTENED_TO");
            assertEquals("Did they feel that they were listened to?", carer.question());
            checkPage(browser.driver());
            carer.switchReadingAndWait();
            assertEquals("Did we listen to them?", carer.question());
            carer.openQuestion("feeling-safe");
            assertThat(carer.text()).as("the answers speak about them too").contains("They do not feel safe at all");
            checkPage(browser.driver());
            carer.switchLanguageAndWait().switchReadingAndWait().openQuestion("LISTENED_TO");
            assertEquals("Oedden nhw'n teimlo bod rhywun yn gwrando arnyn nhw?", carer.question());
            checkPage(browser.driver());
            carer.openQuestion("who").answerBySubmitting("PERSON").openQuestion("LISTENED_TO");
            assertEquals("Oeddech chi'n teimlo bod rhywun yn gwrando arnoch chi?", carer.question(),
                    "the person answering for themselves is asked about themselves");
        }
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
