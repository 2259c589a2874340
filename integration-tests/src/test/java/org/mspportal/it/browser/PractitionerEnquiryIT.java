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
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A practitioner follows an enquiry from first contact through a stage conversation to closure, making
 * the usual mistakes on the way: each is refused with a clear message and nothing typed is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PractitionerEnquiryIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void practitionerFollowsThePersonsOutcomesFromFirstContactToClosure() {
        String reference = "SG-IT-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            browser.signIn(DemoUser.PRACTITIONER);
            browser.go("/survey/index.xhtml");
            Accessibility.assertNoViolations(d);
            d.findElement(By.id("openEnquiry")).click();
            assertThat(browser.mainText()).contains("Open a new enquiry");
            Accessibility.assertNoViolations(d);

            browser.submitAndWait(By.id("enquiry:save"));
            String errors = browser.mainText();
            assertTrue(errors.contains("Enter the council's case reference"), errors);
            assertThat(errors).contains("Choose the team");
            assertThat(errors).contains("Enter the date the concern was received");
            Accessibility.assertNoViolations(d);

            d.findElement(By.id("enquiry:caseReference")).sendKeys("Mary Smith");
            new Select(d.findElement(By.id("enquiry:team"))).selectByVisibleText("North Locality Team");
            d.findElement(By.id("enquiry:concernReceivedOn")).sendKeys("20/04/2026");
            d.findElement(By.id("enquiry:enquiryStartedOn")).sendKeys("31/02/2026");
            new Select(d.findElement(By.id("enquiry:ageBand"))).selectByVisibleText("75-84");
            new Select(d.findElement(By.id("enquiry:gender"))).selectByVisibleText("Female");
            new Select(d.findElement(By.id("enquiry:ethnicity"))).selectByVisibleText("White");
            new Select(d.findElement(By.id("enquiry:primarySupportReason")))
                    .selectByVisibleText("Support with Memory and Cognition");
            d.findElement(By.cssSelector("input[name='enquiry:typesOfRisk'][value='FINANCIAL_OR_MATERIAL']")).click();
            d.findElement(By.cssSelector("input[name='enquiry:typesOfRisk'][value='PSYCHOLOGICAL']")).click();
            d.findElement(By.cssSelector("input[name='enquiry:asked'][value='ASKED_OUTCOMES_EXPRESSED']")).click();
            d.findElement(By.cssSelector("textarea[id$=':0:ownWords']")).sendKeys("I want the phone calls to stop");
            new Select(d.findElement(By.cssSelector("select[id$=':0:statement']")))
                    .selectByVisibleText("I want the abuse to stop and to feel safer");
            d.findElement(By.id("enquiry:notWanted")).sendKeys("I don't want to move into a home");
            d.findElement(By.cssSelector("input[name='enquiry:feelingSafe'][value='LESS_THAN_ADEQUATELY_SAFE']")).click();
            browser.submitAndWait(By.id("enquiry:save"));

            assertTrue(browser.mainText().contains("Enter the date as day/month/year"), "31 February is refused");
            assertEquals("Mary Smith", d.findElement(By.id("enquiry:caseReference")).getAttribute("value"),
                    "what was typed is kept");
            d.findElement(By.id("enquiry:enquiryStartedOn")).clear();
            d.findElement(By.id("enquiry:enquiryStartedOn")).sendKeys("22/04/2026");
            browser.submitAndWait(By.id("enquiry:save"));

            assertTrue(browser.mainText().contains("never the person's name"), browser.mainText());
            assertEquals("I want the phone calls to stop",
                    d.findElement(By.cssSelector("textarea[id$=':0:ownWords']")).getAttribute("value"),
                    "the person's words are kept after a refused save");
            assertTrue(d.findElement(By.cssSelector("input[name='enquiry:typesOfRisk'][value='PSYCHOLOGICAL']")).isSelected());
            Accessibility.assertNoViolations(d);

            d.findElement(By.id("enquiry:caseReference")).clear();
            d.findElement(By.id("enquiry:caseReference")).sendKeys(reference.toLowerCase());
            browser.submitAndWait(By.id("enquiry:save"));

            String page = browser.mainText();
            assertTrue(page.contains("Enquiry " + reference + " opened."), page);
            assertThat(page).contains("I want the phone calls to stop");
            assertThat(page).contains("Financial or Material");
            assertThat(page).contains("I feel less than adequately safe");
            Accessibility.assertNoViolations(d);

            // Feedback is asked for at the end: no invitation while the enquiry is open.
            d.findElement(By.id("invitations")).click();
            assertTrue(browser.text(By.id("stillOpen")).contains("Close the enquiry first"), browser.mainText());
            assertTrue(d.findElements(By.id("invitations:issueLetter")).isEmpty(), "nothing to press while it is open");
            Accessibility.assertNoViolations(d);
            browser.go("/survey/enquiry.xhtml?ref=" + reference);

            // Strategy planning: the outcome changes, which needs a reason.
            browser.go("/survey/enquiry.xhtml?ref=" + reference);
            d.findElement(By.id("recordStage")).click();
            Accessibility.assertNoViolations(d);
            d.findElement(By.cssSelector("input[name='stage:stageChoice'][value='STRATEGY_PLANNING']")).click();
            d.findElement(By.id("stage:heldOn")).sendKeys("25/04/2026");
            d.findElement(By.id("stage:priorities")).sendKeys("The calls have stopped; worried about money");
            d.findElement(By.cssSelector("textarea[id$=':0:newWords']")).sendKeys("I want to manage my own money");
            browser.submitAndWait(By.id("stage:save"));
            assertTrue(browser.mainText().contains("Say why the outcome has changed"), browser.mainText());
            assertEquals("I want to manage my own money",
                    d.findElement(By.cssSelector("textarea[id$=':0:newWords']")).getAttribute("value"));
            Accessibility.assertNoViolations(d);
            d.findElement(By.cssSelector("textarea[id$=':0:reason']")).sendKeys("The calls stopped after the bank stepped in");
            browser.submitAndWait(By.id("stage:save"));
            String journey = browser.mainText();
            assertTrue(journey.contains("Conversation recorded."), journey);
            assertTrue(journey.contains("I want the phone calls to stop"), "the first words stay");
            assertThat(journey).contains("I want to manage my own money");
            assertThat(journey).contains("because The calls stopped after the bank stepped in");

            // Closure: every outcome must be assessed first.
            d.findElement(By.id("closeEnquiry")).click();
            Accessibility.assertNoViolations(d);
            d.findElement(By.id("close:concludedOn")).sendKeys("30/06/2026");
            new Select(d.findElement(By.id("close:riskAssessment"))).selectByVisibleText("Risk identified and action taken");
            d.findElement(By.cssSelector("input[name='close:riskOutcome'][value='REDUCED']")).click();
            new Select(d.findElement(By.id("close:location"))).selectByVisibleText("Own Home");
            new Select(d.findElement(By.id("close:source"))).selectByVisibleText("Other - Unknown to individual");
            browser.submitAndWait(By.id("close:save"));
            assertTrue(browser.mainText().contains("Choose whether the outcome was fully, partly or not achieved"),
                    browser.mainText());
            d.findElement(By.cssSelector("input[name$=':0:achievement'][value='FULLY']")).click();
            d.findElement(By.cssSelector("textarea[id$=':0:reason']")).sendKeys("Appointee in place; she manages her budget");
            d.findElement(By.cssSelector("input[name='close:feelingSafe'][value='AS_SAFE_AS_I_WANT']")).click();
            browser.submitAndWait(By.id("close:save"));
            String closed = browser.mainText();
            assertTrue(closed.contains("Enquiry concluded."), closed);
            assertTrue(closed.contains("Fully Achieved"), "SG4a derived from the assessment");
            assertThat(closed).contains("I feel as safe as I want");
            Accessibility.assertNoViolations(d);
            browser.go("/survey/enquiry-stage.xhtml?ref=" + reference);
            assertTrue(browser.mainText().contains("Page not found"), "a concluded enquiry takes no more changes");

            // Feedback invitations: the letter's code is shown once; a new one stops the old one working.
            browser.go("/survey/enquiry.xhtml?ref=" + reference);
            d.findElement(By.id("invitationsAfterClosure")).click();
            assertThat(browser.mainText()).contains("No invitations yet.");
            Accessibility.assertNoViolations(d);
            browser.submitAndWait(By.id("invitations:issueLetter"));
            String code = d.findElement(By.id("shortCode")).getText();
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
            assertTrue(d.findElement(By.id("link")).getText().contains("/feedback/start.xhtml?t="));
            assertEquals("localhost:8080/go", d.findElement(By.id("shortAddress")).getText(), "a short address to type from paper");
            assertTrue(d.findElement(By.id("letterPhone")).getText().contains("01632 960 000"));
            assertTrue(d.findElement(By.id("letterEasyRead")).getText().contains("Type this code:"));
            assertTrue(d.findElement(By.id("letterWelsh")).getText().contains("Teipiwch y cod hwn:"));
            assertEquals("cy", d.findElement(By.id("letterWelsh")).getAttribute("lang"));
            assertTrue(d.findElement(By.id("print")).isDisplayed(), "a print button");
            Accessibility.assertNoViolations(d);
            d.navigate().refresh();
            assertTrue(browser.mainText().contains("can be shown only once"), "the secrets are never shown again");
            assertTrue(!browser.mainText().contains(code));
            browser.go("/survey/invitations.xhtml?ref=" + reference);
            assertThat(browser.mainText()).contains("Open");
            browser.submitAndWait(By.id("invitations:issueLetter"));
            browser.go("/survey/invitations.xhtml?ref=" + reference);
            String listed = browser.mainText();
            assertTrue(listed.contains("Revoked") && listed.contains("Open"), "issuing again revoked the first: " + listed);
            browser.submitAndWait(By.cssSelector("input[value='Revoke this invitation']"));
            assertThat(browser.mainText()).contains("Invitation revoked.");
            assertTrue(!browser.mainText().contains("Revoke this invitation"), "nothing left open");
            Accessibility.assertNoViolations(d);


            browser.go("/survey/index.xhtml?status=concluded&ref=" + reference);
            assertTrue(browser.mainText().contains(reference));
            browser.go("/survey/index.xhtml?status=open&ref=" + reference);
            assertTrue(!browser.mainText().contains(reference), "a concluded enquiry is not listed as open");
            browser.resize(320, 800);
            for (String path : new String[] {"/survey/index.xhtml", "/survey/enquiry-new.xhtml",
                    "/survey/enquiry.xhtml?ref=" + reference, "/survey/statements.xhtml"}) {
                browser.go(path);
                Accessibility.assertFitsWidth(d, 320);
                Accessibility.assertNoViolations(d);
            }
            browser.resize(1280, 900);
            browser.go("/survey/enquiry.xhtml?ref=SG-NO-SUCH-1");
            assertThat(browser.mainText()).contains("Page not found");
        }
    }

    @Test
    void enquiriesArePagedAndViewingThemIsAudited() {
        try (Browser browser = Browser.open()) {
            browser.signIn(DemoUser.LEAD);
            browser.go("/survey/index.xhtml");
            assertTrue(browser.mainText().contains("1 to 25 of"), "the demo council's enquiries, a page at a time");
            browser.driver().findElement(By.id("nextPage")).click();
            assertTrue(browser.mainText().contains("26 to 50 of"), browser.mainText());
            browser.signOut();
            browser.signIn(DemoUser.ADMIN);
            browser.go("/admin/audit.xhtml");
            assertThat(browser.mainText()).contains("VIEWED_ENQUIRIES");
        }
    }
}
