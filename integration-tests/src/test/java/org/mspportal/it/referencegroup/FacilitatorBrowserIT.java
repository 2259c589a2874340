package org.mspportal.it.referencegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A facilitator in the browser: plans a session, writes down a member's suggestion for them, answers it
 * and hides it with a reason. The facilitator's pages pass axe-core too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacilitatorBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aFacilitatorPlansASessionRecordsASuggestionForAMemberAnswersAndModeratesIt() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            browser.signIn(Portal.DemoUser.FACILITATOR);
            String groupId = ReferenceGroupPages.groupId(ReferenceGroupPages.signedIn(Portal.DemoUser.FACILITATOR));
            browser.go("/reference-group/group.xhtml?id=" + groupId);
            Accessibility.assertNoViolations(browser.driver());

            browser.go("/reference-group/session-new.xhtml?group=" + groupId);
            Accessibility.assertNoViolations(browser.driver());
            assertTrue(browser.text(By.id("groupNeeds")).contains("Step-free access: "), "planning shows what members need");
            WebDriver d = browser.driver();
            d.findElement(By.id("plan:purpose")).sendKeys("Reading the new leaflet " + marker);
            d.findElement(By.id("plan:day")).sendKeys(ReferenceGroupPages.dayFromToday(10));
            d.findElement(By.id("plan:startTime")).sendKeys("13:30");
            d.findElement(By.cssSelector("input[name='plan:venue'][value='MEMBERS_CHOICE']")).click();
            d.findElement(By.id("plan:venueName")).sendKeys("Riverside Community Centre");
            d.findElement(By.cssSelector("input[id$=':item']")).sendKeys("Does the leaflet make sense?");
            browser.submitAndWait(By.id("plan:save"));
            assertTrue(browser.mainText().contains("The session is planned"), browser.mainText());
            assertTrue(browser.mainText().contains("Jo Carer"), "every member is invited");
            Accessibility.assertNoViolations(d);

            browser.go("/reference-group/topic.xhtml?id=" + ReferenceGroupPages.match(ReferenceGroupPages.OPEN_TOPIC,
                    ReferenceGroupPages.signedIn(Portal.DemoUser.MEMBER).get("/reference-group/index.xhtml").body()));
            new Select(d.findElement(By.id("suggest:forMember"))).selectByVisibleText("Jo Carer");
            d.findElement(By.id("suggest:text")).sendKeys("Jo said: a named worker from the start " + marker);
            browser.submitAndWait(By.id("suggest:send"));
            assertTrue(browser.mainText().contains("Your suggestion is saved"), browser.mainText());
            assertThat(browser.mainText()).contains("(written down by a facilitator)");

            d.findElement(By.xpath("//li[contains(., '" + marker + "')]//a[contains(., 'Comments and what happened')]")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("suggestion.xhtml"));
            Accessibility.assertNoViolations(d);
            d.findElement(By.cssSelector("input[name='answer:status'][value='BEING_CONSIDERED']")).click();
            d.findElement(By.id("answer:response")).sendKeys("The Board will discuss named workers in March.");
            d.findElement(By.id("answer:easyRead")).sendKeys("We are thinking about it.");
            browser.submitAndWait(By.id("answer:save"));
            assertTrue(browser.mainText().contains("The response is saved"), browser.mainText());
            assertTrue(browser.text(By.id("status")).contains("Being considered"));

            d.findElement(By.id("hide:reason")).sendKeys("It names a member of staff.");
            browser.submitAndWait(By.id("hide:hideSuggestion"));
            assertThat(browser.mainText()).contains("Hidden from the group. The reason: It names a member of staff.");
        }
    }
}
