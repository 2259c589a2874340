package org.mspportal.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The respondent's pages as a person uses them, in the words of the journey: type the code, begin, answer, give
 * a reason, go back, change an answer, send; switch to Easy Read or Welsh. Tests say what the person does; the
 * page's element ids live here only.
 */
public final class RespondentPages {

    public static final By CODE = By.id("code");
    public static final By START = By.id("start");
    public static final By BEGIN = By.id("begin");
    public static final By PROGRESS = By.id("progress");
    public static final By QUESTION = By.id("question");
    public static final By ANSWERS = By.name("answer");
    public static final By REASON = By.id("detail");
    public static final By CONTINUE = By.id("continue");
    public static final By SAVE_FOR_LATER = By.id("saveForLater");
    public static final By BACK = By.id("back");
    public static final By SEND = By.id("send");
    public static final By HELP_NOW = By.id("helpNow");
    public static final By ERROR_SUMMARY = By.id("errorSummary");
    public static final By SWITCH_READING = By.id("switchReading");
    public static final By SWITCH_LANGUAGE = By.id("switchLanguage");
    public static final By PROXY_INTRO = By.id("proxyIntro");
    public static final By PICTURES = By.cssSelector("img.choice__picture");

    private final Browser browser;

    public RespondentPages(Browser browser) {
        this.browser = browser;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    /** Opens the start page and types the code from the letter. */
    public RespondentPages startWithCode(String code) {
        browser.go("/feedback/start.xhtml");
        driver().findElement(CODE).sendKeys(code);
        browser.pressAndWait(START);
        return this;
    }

    /** Presses Start with nothing typed. */
    public RespondentPages startWithoutACode() {
        browser.go("/feedback/start.xhtml");
        browser.pressAndWait(START);
        return this;
    }

    public RespondentPages begin() {
        browser.pressAndWait(BEGIN);
        return this;
    }

    /** Goes straight to one question, as a bookmark or the browser's history would. */
    public RespondentPages openQuestion(String step) {
        browser.go("/feedback/question.xhtml?step=" + step);
        return this;
    }

    public RespondentPages openCheckPage() {
        browser.go("/feedback/check.xhtml");
        return this;
    }

    /** Chooses an answer (by its code) and goes on. */
    public RespondentPages answer(String choice) {
        choose(choice);
        browser.pressAndWait(CONTINUE);
        return this;
    }

    /** Chooses an answer and stops, to carry on another day. */
    public RespondentPages answerAndSaveForLater(String choice) {
        choose(choice);
        browser.pressAndWait(SAVE_FOR_LATER);
        return this;
    }

    /** Chooses an answer and goes on, where the page sends its form by script (with JavaScript on). */
    public RespondentPages answerBySubmitting(String choice) {
        choose(choice);
        browser.submitAndWait(CONTINUE);
        return this;
    }

    private void choose(String choice) {
        driver().findElement(By.cssSelector("label[for='answer-" + choice + "']")).click();
    }

    public RespondentPages giveReason(String words) {
        driver().findElement(REASON).sendKeys(words);
        return this;
    }

    /** Goes on from a page with nothing to choose (a question answered in words, or none). */
    public RespondentPages carryOn() {
        browser.pressAndWait(CONTINUE);
        return this;
    }

    public RespondentPages back() {
        browser.pressAndWait(BACK);
        return this;
    }

    /** From the check page, changes the answer to one question. */
    public RespondentPages change(String step) {
        browser.pressAndWait(By.id("change-" + step));
        return this;
    }

    public RespondentPages send() {
        browser.pressAndWait(SEND);
        return this;
    }

    public boolean canSend() {
        return !driver().findElements(SEND).isEmpty();
    }

    /** Easy Read on or off, by the link at the top of the page. */
    public RespondentPages switchReading() {
        driver().findElement(SWITCH_READING).click();
        return this;
    }

    /** Welsh or English, by the link at the top of the page. */
    public RespondentPages switchLanguage() {
        driver().findElement(SWITCH_LANGUAGE).click();
        return this;
    }

    /** Easy Read on or off, waiting for the page to come back (with JavaScript on). */
    public RespondentPages switchReadingAndWait() {
        browser.submitAndWait(SWITCH_READING);
        return this;
    }

    public RespondentPages switchLanguageAndWait() {
        browser.submitAndWait(SWITCH_LANGUAGE);
        return this;
    }

    public String question() {
        return browser.text(QUESTION);
    }

    public String progress() {
        return browser.text(PROGRESS);
    }

    public String errorSummary() {
        return browser.text(ERROR_SUMMARY);
    }

    public String proxyIntro() {
        return browser.text(PROXY_INTRO);
    }

    /** The reason as it stands in the box. */
    public String reasonTyped() {
        return driver().findElement(REASON).getAttribute("value");
    }

    public boolean isChosen(String choice) {
        return driver().findElement(By.id("answer-" + choice)).isSelected();
    }

    /** Pictures beside the answers (Easy Read). */
    public int pictures() {
        return driver().findElements(PICTURES).size();
    }

    public boolean isEasyRead() {
        return driver().findElement(By.tagName("body")).getAttribute("class").contains("easy-read");
    }

    /** The page's language, as the html element declares it. */
    public String language() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public String text() {
        return browser.mainText();
    }

    public String address() {
        return driver().getCurrentUrl();
    }
}
