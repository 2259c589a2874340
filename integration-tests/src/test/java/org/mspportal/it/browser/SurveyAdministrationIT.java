package org.mspportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The staff pages this module added, in a browser: the outcome statement catalogue and the
 * questionnaire draft (administrators), and the email invitation form (practitioners), each with axe
 * and with their refusals; the catalogue by keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyAdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anAdministratorKeepsTheCatalogueByKeyboardAndOpensAQuestionnaireDraft() {
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.signIn(DemoUser.ADMIN);
            browser.go("/survey/statements.xhtml");
            Accessibility.assertNoViolations(d);

            d.findElement(By.id("addStatement:newWording")).sendKeys("  ", Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> x.getPageSource().contains("Enter the words of the statement"));
            assertTrue(browser.mainText().contains("I want the abuse to stop and to feel safer"),
                    "Enter in the box retired nothing");
            Accessibility.assertNoViolations(d);

            String words = "I want to keep my garden " + ThreadLocalRandom.current().nextInt(1000, 9999);
            d.findElement(By.id("addStatement:newWording")).clear();
            d.findElement(By.id("addStatement:newWording")).sendKeys(words, Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> x.getCurrentUrl().contains("changed=true"));
            assertTrue(browser.mainText().contains(words));

            browser.go("/survey/questionnaire.xhtml");
            if (!d.findElements(By.id("start:startDraft")).isEmpty()) {
                browser.submitAndWait(By.id("start:startDraft"));
            }
            assertThat(browser.mainText()).contains("Draft version");
            Accessibility.assertNoViolations(d);
            browser.submitAndWait(By.id("draft:discard"));
            assertEquals(1, d.findElements(By.id("start:startDraft")).size(), "the draft is gone");
        }
    }

    @Test
    void aMistypedEmailAddressIsRefusedBesideTheFieldWithNoViolation() {
        FeedbackFixture.Letter letter = FeedbackFixture.enquiryWithLetter("I want to choose my own carers");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.signIn(DemoUser.PRACTITIONER);
            browser.go("/survey/invitations.xhtml?ref=" + letter.caseReference());
            d.findElement(By.id("emailForm:emailAddress")).sendKeys("person at example");
            browser.submitAndWait(By.id("emailForm:sendEmail"));
            assertThat(browser.mainText()).contains("Enter the email address in the right form");
            assertEquals("person at example", d.findElement(By.id("emailForm:emailAddress")).getAttribute("value"));
            Accessibility.assertNoViolations(d);
        }
    }
}
