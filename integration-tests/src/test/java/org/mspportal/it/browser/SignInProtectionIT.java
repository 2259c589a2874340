package org.mspportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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

/**
 * Repeated wrong passwords slow down, then lock the account with a clear message; while locked even the
 * right password is refused; an administrator can unlock it. The test server allows 2 free attempts and
 * locks at the 4th failure (arquillian.xml), so the waits are 5 and 10 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInProtectionIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void repeatedFailuresSlowDownThenLockUntilAnAdministratorUnlocks() throws InterruptedException {
        DemoUser member = DemoUser.MEMBER;
        try (Browser browser = Browser.open()) {
            browser.signIn(member.username, "wrong password 1");
            assertThat(browser.mainText()).contains("The username or password is not right. Check them");
            Accessibility.assertNoViolations(browser.driver());

            browser.signIn(member.username, "wrong password 2");
            assertTrue(browser.mainText().contains("please wait 5 seconds"), browser.mainText());

            browser.signIn(member.username, member.password());
            assertTrue(browser.mainText().contains("please wait"), "even the right password waits");
            assertTrue(browser.driver().getCurrentUrl().contains("login"), "not signed in while waiting");

            // A try while the account waits is refused and not counted: trying again until one counts waits the 5 s out.
            await("the third wrong password to count").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.signIn(member.username, "wrong password 3");
                        return browser.mainText();
                    }, text -> text.contains("please wait 10 seconds"));

            await("the fourth wrong password to count, and lock the account").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.signIn(member.username, "wrong password 4");
                        return browser.mainText();
                    }, text -> text.contains("This account is locked"));
            Accessibility.assertNoViolations(browser.driver());

            browser.signIn(member.username, member.password());
            assertTrue(browser.mainText().contains("This account is locked"), "locked: right password refused");

            browser.signIn(DemoUser.ADMIN);
            browser.go("/admin/users.xhtml");
            assertThat(browser.mainText()).contains("Locked");
            browser.submitAndWait(By.xpath("//input[@value='Unlock " + member.username + "']"));
            assertTrue(browser.mainText().contains("Unlocked " + member.username));
            browser.go("/admin/audit.xhtml");
            assertThat(browser.mainText()).contains("SIGN_IN_FAILED");
            assertThat(browser.mainText()).contains("UNLOCKED_ACCOUNT");
            browser.signOut();

            browser.signIn(member);
            assertFalse(browser.driver().getCurrentUrl().contains("login"), "signed in after the unlock");
            assertTrue(browser.text(By.className("portal-header__user")).contains("Morgan Member"));
        }
    }

    @Test
    void unknownUsernameGetsTheSameReplyAsAWrongPassword() {
        try (Browser browser = Browser.open()) {
            browser.signIn("nobody.here", "some password");
            assertThat(browser.mainText()).contains("The username or password is not right. Check them");
        }
    }

    @Test
    void signInReturnsToThePageThatAskedForIt() {
        try (Browser browser = Browser.open()) {
            browser.go("/admin/audit.xhtml");
            assertThat(browser.mainText()).contains("Sign in");
            browser.driver().findElement(By.id("login:username")).sendKeys(DemoUser.ADMIN.username);
            browser.driver().findElement(By.id("login:password")).sendKeys(DemoUser.ADMIN.password());
            browser.submitAndWait(By.id("login:signIn"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/audit.xhtml"), browser.driver().getCurrentUrl());
        }
    }
}
