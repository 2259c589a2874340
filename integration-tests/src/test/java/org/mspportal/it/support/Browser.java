package org.mspportal.it.support;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven through /usr/bin/chromedriver: nothing is downloaded. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        return open(true);
    }

    /** A browser with JavaScript switched off, as some respondents' phones are. */
    public static Browser openWithoutJavaScript() {
        return open(false);
    }

    private static Browser open(boolean javaScript) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("msp.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("msp.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--window-size=1280,900", "--lang=en-GB");
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(Portal.page(path).toString());
        return this;
    }

    public Browser signIn(String username, String password) {
        go("/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        submitAndWait(By.id("login:signIn"));
        return this;
    }

    public Browser signIn(Portal.DemoUser user) {
        return signIn(user.username, user.password());
    }

    public void signOut() {
        submitAndWait(By.id("signOutForm:signOut"));
    }

    /**
     * Clicks a button that submits a form, and waits until the next page has replaced this one: the old
     * page's window carries a marker that a newly loaded page does not have.
     */
    public void submitAndWait(By button) {
        ((JavascriptExecutor) driver).executeScript("window.mspPreviousPage = true;");
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.mspPreviousPage === undefined && document.readyState === 'complete'"
                                + " && document.getElementById('main') !== null;")));
    }

    /** Like {@link #submitAndWait(By)}, for pages without JavaScript: waits until the old page has gone. */
    public void pressAndWait(By button) {
        WebElement pressed = driver.findElement(button);
        pressed.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                pressed.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    public String mainText() {
        return text(By.id("main"));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
