package org.mspportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mspportal.it.support.EnquiryPages;
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.openqa.selenium.WebDriver;

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
            EnquiryPages practitioner = new EnquiryPages(browser);
            browser.signIn(DemoUser.PRACTITIONER);
            practitioner.list();
            Accessibility.assertNoViolations(d);
            practitioner.startNewEnquiry();
            assertThat(practitioner.text()).contains("Open a new enquiry");
            Accessibility.assertNoViolations(d);

            practitioner.saveNewEnquiry();
            assertThat(practitioner.text()).as("every missing answer is named at once")
                    .contains("Enter the council's case reference", "Choose the team",
                            "Enter the date the concern was received");
            Accessibility.assertNoViolations(d);

            practitioner.caseReference("Mary Smith").team("North Locality Team").concernReceivedOn("20/04/2026")
                    .enquiryStartedOn("31/02/2026")
                    .profile("75-84", "Female", "White", "Support with Memory and Cognition")
                    .typesOfRisk("FINANCIAL_OR_MATERIAL", "PSYCHOLOGICAL")
                    .asked("ASKED_OUTCOMES_EXPRESSED")
                    .desiredOutcome(0, "I want the phone calls to stop", "I want the abuse to stop and to feel safer")
                    .notWanted("I don't want to move into a home")
                    .feelingSafe("enquiry", "LESS_THAN_ADEQUATELY_SAFE")
                    .saveNewEnquiry();

            assertThat(practitioner.text()).as("31 February is refused").contains("Enter the date as day/month/year");
            assertEquals("Mary Smith", practitioner.caseReferenceTyped(), "what was typed is kept");
            practitioner.enquiryStartedOn("22/04/2026").saveNewEnquiry();

            assertThat(practitioner.text()).contains("never the person's name");
            assertEquals("I want the phone calls to stop", practitioner.desiredOutcomeTyped(0),
                    "the person's words are kept after a refused save");
            assertTrue(practitioner.isTypeOfRiskTicked("PSYCHOLOGICAL"), "the ticked types of risk are kept");
            Accessibility.assertNoViolations(d);

            practitioner.caseReference(reference.toLowerCase()).saveNewEnquiry();
            assertThat(practitioner.text()).contains("Enquiry " + reference + " opened.", "I want the phone calls to stop",
                    "Financial or Material", "I feel less than adequately safe");
            Accessibility.assertNoViolations(d);

            // Feedback is asked for at the end: no invitation while the enquiry is open.
            practitioner.invitations(false);
            assertThat(practitioner.text("stillOpen")).contains("Close the enquiry first");
            assertFalse(practitioner.canIssueLetter(), "nothing to press while it is open");
            Accessibility.assertNoViolations(d);

            // Strategy planning: the outcome changes, which needs a reason.
            practitioner.open(reference).recordStage();
            Accessibility.assertNoViolations(d);
            practitioner.stage("STRATEGY_PLANNING", "25/04/2026", "The calls have stopped; worried about money")
                    .outcomeNowReads(0, "I want to manage my own money").saveStage();
            assertThat(practitioner.text()).contains("Say why the outcome has changed");
            assertEquals("I want to manage my own money", practitioner.outcomeNowReadsTyped(0), "the new words are kept");
            Accessibility.assertNoViolations(d);
            practitioner.because(0, "The calls stopped after the bank stepped in").saveStage();
            assertThat(practitioner.text()).contains("Conversation recorded.", "I want the phone calls to stop",
                    "I want to manage my own money", "because The calls stopped after the bank stepped in");

            // Closure: every outcome must be assessed first.
            practitioner.closeEnquiry();
            Accessibility.assertNoViolations(d);
            practitioner.closure("30/06/2026", "Risk identified and action taken", "REDUCED", "Own Home",
                    "Other - Unknown to individual").saveClosure();
            assertThat(practitioner.text()).contains("Choose whether the outcome was fully, partly or not achieved");
            practitioner.achieved(0, "FULLY").because(0, "Appointee in place; she manages her budget")
                    .feelingSafe("close", "AS_SAFE_AS_I_WANT").saveClosure();
            assertThat(practitioner.text()).contains("Enquiry concluded.", "Fully Achieved", "I feel as safe as I want");
            Accessibility.assertNoViolations(d);
            browser.go("/survey/enquiry-stage.xhtml?ref=" + reference);
            assertThat(practitioner.text()).as("a concluded enquiry takes no more changes").contains("Page not found");

            // Feedback invitations: the letter's code is shown once; a new one stops the old one working.
            practitioner.open(reference).invitations(true);
            assertThat(practitioner.text()).contains("No invitations yet.");
            Accessibility.assertNoViolations(d);
            practitioner.issueLetter();
            String code = practitioner.letter("shortCode");
            assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
            assertThat(practitioner.letter("link")).contains("/feedback/start.xhtml?t=");
            assertEquals("localhost:8080/go", practitioner.letter("shortAddress"), "a short address to type from paper");
            assertThat(practitioner.letter("letterPhone")).contains("01632 960 000");
            assertThat(practitioner.letter("letterEasyRead")).contains("Type this code:");
            assertThat(practitioner.letter("letterWelsh")).contains("Teipiwch y cod hwn:");
            assertEquals("cy", practitioner.letterPart("letterWelsh").getAttribute("lang"));
            assertTrue(practitioner.letterPart("print").isDisplayed(), "a print button");
            Accessibility.assertNoViolations(d);
            d.navigate().refresh();
            assertThat(practitioner.text()).as("the secrets are never shown again").contains("can be shown only once")
                    .doesNotContain(code);
            browser.go("/survey/invitations.xhtml?ref=" + reference);
            assertThat(practitioner.text()).contains("Open");
            practitioner.issueLetter();
            browser.go("/survey/invitations.xhtml?ref=" + reference);
            assertThat(practitioner.text()).as("issuing again revoked the first").contains("Revoked", "Open");
            practitioner.revokeTheOpenInvitation();
            assertThat(practitioner.text()).contains("Invitation revoked.").as("nothing left open")
                    .doesNotContain("Revoke this invitation");
            Accessibility.assertNoViolations(d);

            practitioner.list("status=concluded&ref=" + reference);
            assertThat(practitioner.text()).contains(reference);
            practitioner.list("status=open&ref=" + reference);
            assertThat(practitioner.text()).as("a concluded enquiry is not listed as open").doesNotContain(reference);
            browser.resize(320, 800);
            for (String path : EnquiryPages.pagesOf(reference)) {
                browser.go(path);
                Accessibility.assertFitsWidth(d, 320);
                Accessibility.assertNoViolations(d);
            }
            browser.resize(1280, 900);
            practitioner.open("SG-NO-SUCH-1");
            assertThat(practitioner.text()).contains("Page not found");
        }
    }

    @Test
    void enquiriesArePagedAndViewingThemIsAudited() {
        try (Browser browser = Browser.open()) {
            EnquiryPages lead = new EnquiryPages(browser);
            browser.signIn(DemoUser.LEAD);
            lead.list();
            assertThat(lead.text()).as("the demo council's enquiries, a page at a time").contains("1 to 25 of");
            lead.nextPage();
            assertThat(lead.text()).contains("26 to 50 of");
            browser.signOut();
            browser.signIn(DemoUser.ADMIN);
            browser.go("/admin/audit.xhtml");
            assertThat(browser.mainText()).contains("VIEWED_ENQUIRIES");
        }
    }
}
