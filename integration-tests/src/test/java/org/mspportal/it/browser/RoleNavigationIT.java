package org.mspportal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Each role signs in, sees the home tiles of its modules, follows every link of its navigation, and
 * every page it meets passes axe-core (WCAG 2.x A and AA) and fits a 320 px screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleNavigationIT {

    static final Map<DemoUser, Set<String>> EXPECTED_TILES = Map.of(
            DemoUser.ADMIN, Set.of("Enquiries and feedback", "Reference group", "Practice learning themes"),
            DemoUser.LEAD, Set.of("Enquiries and feedback", "Reference group", "Practice learning themes"),
            DemoUser.PRACTITIONER, Set.of("Enquiries and feedback"),
            DemoUser.FACILITATOR, Set.of("Reference group"),
            DemoUser.MEMBER, Set.of("Reference group"));

    static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void eachRoleSeesItsTilesAndEveryPageItCanReachIsAccessible(DemoUser user) {
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
        browser.signIn(user);
        assertTrue(browser.text(By.className("portal-header__user")).startsWith("Signed in as"), user.name());

        Set<String> tiles = Set.copyOf(browser.texts(By.cssSelector(".tile__title")));
        assertEquals(EXPECTED_TILES.get(user), tiles, user.name());
        Accessibility.assertNoViolations(browser.driver());

        List<String> links = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector(".portal-nav a"))) {
            links.add(link.getAttribute("href"));
        }
        assertFalse(links.isEmpty());
        for (String link : links) {
            browser.driver().get(link);
            assertFalse(browser.driver().findElements(By.tagName("h1")).isEmpty(), link + " has a heading");
            assertFalse(browser.mainText().contains("You cannot open this page"), link + " is allowed");
            assertFalse(browser.mainText().contains("problem with the service"), link + " works");
            Accessibility.assertNoViolations(browser.driver());
        }

        browser.resize(320, 800);
        for (String link : links) {
            browser.driver().get(link);
            Accessibility.assertFitsWidth(browser.driver(), 320);
        }
        browser.resize(1280, 900);
        browser.signOut();
        assertThat(browser.mainText()).contains("You have signed out.");
    }

    @Test
    void publicAndErrorPagesAreAccessibleAndFitASmallScreen() {
        browser.driver().manage().deleteAllCookies();
        for (String page : List.of("/index.xhtml", "/login.xhtml", "/setup.xhtml", "/no-such-page.xhtml")) {
            browser.resize(1280, 900);
            browser.go(page);
            Accessibility.assertNoViolations(browser.driver());
            browser.resize(320, 800);
            browser.go(page);
            Accessibility.assertFitsWidth(browser.driver(), 320);
        }
        browser.resize(1280, 900);
    }

    @Test
    void signInErrorsAreShownAccessibly() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login.xhtml");
        browser.submitAndWait(By.id("login:signIn"));
        assertThat(browser.mainText()).contains("Enter your username");
        assertThat(browser.mainText()).contains("Enter your password");
        Accessibility.assertNoViolations(browser.driver());
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/index.xhtml");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void forbiddenPageIsAccessibleAndPlain() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoUser.MEMBER);
        browser.go("/admin/users.xhtml");
        assertThat(browser.mainText()).contains("You cannot open this page");
        Accessibility.assertNoViolations(browser.driver());
        browser.signOut();
    }
}
