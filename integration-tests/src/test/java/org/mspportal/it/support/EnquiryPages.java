package org.mspportal.it.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A practitioner's enquiry pages as they use them, in the words of the staff guide: open an enquiry with the
 * person's own words, record a stage conversation, close it with each outcome assessed, issue a feedback letter.
 * Tests say what the practitioner does; the pages' element ids live here only.
 */
public final class EnquiryPages {

    private final Browser browser;

    public EnquiryPages(Browser browser) {
        this.browser = browser;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    // The list of enquiries

    public EnquiryPages list() {
        browser.go("/survey/index.xhtml");
        return this;
    }

    public EnquiryPages list(String query) {
        browser.go("/survey/index.xhtml?" + query);
        return this;
    }

    public EnquiryPages nextPage() {
        driver().findElement(By.id("nextPage")).click();
        return this;
    }

    /** From the list, the form for a new enquiry. */
    public EnquiryPages startNewEnquiry() {
        driver().findElement(By.id("openEnquiry")).click();
        return this;
    }

    // Opening an enquiry (first contact)

    public EnquiryPages caseReference(String reference) {
        retype(By.id("enquiry:caseReference"), reference);
        return this;
    }

    public String caseReferenceTyped() {
        return driver().findElement(By.id("enquiry:caseReference")).getAttribute("value");
    }

    public EnquiryPages team(String name) {
        select(By.id("enquiry:team"), name);
        return this;
    }

    /** Dates as a practitioner types them: day/month/year. */
    public EnquiryPages concernReceivedOn(String day) {
        retype(By.id("enquiry:concernReceivedOn"), day);
        return this;
    }

    public EnquiryPages enquiryStartedOn(String day) {
        retype(By.id("enquiry:enquiryStartedOn"), day);
        return this;
    }

    /** The person's profile for the national return (SG1), by the labels the form shows. */
    public EnquiryPages profile(String ageBand, String gender, String ethnicity, String primarySupportReason) {
        select(By.id("enquiry:ageBand"), ageBand);
        select(By.id("enquiry:gender"), gender);
        select(By.id("enquiry:ethnicity"), ethnicity);
        select(By.id("enquiry:primarySupportReason"), primarySupportReason);
        return this;
    }

    /** Ticks types of risk, by their codes. */
    public EnquiryPages typesOfRisk(String... codes) {
        for (String code : codes) {
            driver().findElement(riskBox(code)).click();
        }
        return this;
    }

    public boolean isTypeOfRiskTicked(String code) {
        return driver().findElement(riskBox(code)).isSelected();
    }

    private static By riskBox(String code) {
        return By.cssSelector("input[name='enquiry:typesOfRisk'][value='" + code + "']");
    }

    /** Whether the person was asked what they wanted (SG4a), by its code. */
    public EnquiryPages asked(String code) {
        driver().findElement(By.cssSelector("input[name='enquiry:asked'][value='" + code + "']")).click();
        return this;
    }

    /** One of the person's desired outcomes, in their own words, from the first (0). */
    public EnquiryPages desiredOutcome(int index, String ownWords, String statement) {
        driver().findElement(ownWords(index)).sendKeys(ownWords);
        select(By.cssSelector("select[id$=':" + index + ":statement']"), statement);
        return this;
    }

    public String desiredOutcomeTyped(int index) {
        return driver().findElement(ownWords(index)).getAttribute("value");
    }

    private static By ownWords(int index) {
        return By.cssSelector("textarea[id$=':" + index + ":ownWords']");
    }

    public EnquiryPages notWanted(String words) {
        driver().findElement(By.id("enquiry:notWanted")).sendKeys(words);
        return this;
    }

    /** How safe the person feels, in the form on the page ({@code enquiry} or {@code close}), by its code. */
    public EnquiryPages feelingSafe(String form, String code) {
        driver().findElement(By.cssSelector("input[name='" + form + ":feelingSafe'][value='" + code + "']")).click();
        return this;
    }

    public EnquiryPages saveNewEnquiry() {
        browser.submitAndWait(By.id("enquiry:save"));
        return this;
    }

    // A stage conversation

    public EnquiryPages open(String reference) {
        browser.go("/survey/enquiry.xhtml?ref=" + reference);
        return this;
    }

    public EnquiryPages recordStage() {
        driver().findElement(By.id("recordStage")).click();
        return this;
    }

    public EnquiryPages stage(String code, String heldOn, String priorities) {
        driver().findElement(By.cssSelector("input[name='stage:stageChoice'][value='" + code + "']")).click();
        driver().findElement(By.id("stage:heldOn")).sendKeys(heldOn);
        driver().findElement(By.id("stage:priorities")).sendKeys(priorities);
        return this;
    }

    /** New words for an outcome at this stage, from the first (0). */
    public EnquiryPages outcomeNowReads(int index, String words) {
        driver().findElement(newWords(index)).sendKeys(words);
        return this;
    }

    public String outcomeNowReadsTyped(int index) {
        return driver().findElement(newWords(index)).getAttribute("value");
    }

    private static By newWords(int index) {
        return By.cssSelector("textarea[id$=':" + index + ":newWords']");
    }

    /** Why an outcome changed (at a stage) or how it was assessed (at closure), from the first (0). */
    public EnquiryPages because(int index, String reason) {
        driver().findElement(By.cssSelector("textarea[id$=':" + index + ":reason']")).sendKeys(reason);
        return this;
    }

    public EnquiryPages saveStage() {
        browser.submitAndWait(By.id("stage:save"));
        return this;
    }

    // Closure

    public EnquiryPages closeEnquiry() {
        driver().findElement(By.id("closeEnquiry")).click();
        return this;
    }

    /** The closure's facts for the national return (SG2), by the labels and codes the form shows. */
    public EnquiryPages closure(String concludedOn, String riskAssessment, String riskOutcomeCode, String location,
                                String source) {
        driver().findElement(By.id("close:concludedOn")).sendKeys(concludedOn);
        select(By.id("close:riskAssessment"), riskAssessment);
        driver().findElement(By.cssSelector("input[name='close:riskOutcome'][value='" + riskOutcomeCode + "']")).click();
        select(By.id("close:location"), location);
        select(By.id("close:source"), source);
        return this;
    }

    /** Whether an outcome was achieved (FULLY, PARTLY, NOT), from the first (0). */
    public EnquiryPages achieved(int index, String code) {
        driver().findElement(By.cssSelector("input[name$=':" + index + ":achievement'][value='" + code + "']")).click();
        return this;
    }

    public EnquiryPages saveClosure() {
        browser.submitAndWait(By.id("close:save"));
        return this;
    }

    // Feedback invitations

    /** The invitations page, from the enquiry (while open, or after closure). */
    public EnquiryPages invitations(boolean closed) {
        driver().findElement(By.id(closed ? "invitationsAfterClosure" : "invitations")).click();
        return this;
    }

    public boolean canIssueLetter() {
        return !driver().findElements(By.id("invitations:issueLetter")).isEmpty();
    }

    public EnquiryPages issueLetter() {
        browser.submitAndWait(By.id("invitations:issueLetter"));
        return this;
    }

    public EnquiryPages revokeTheOpenInvitation() {
        browser.submitAndWait(By.cssSelector("input[value='Revoke this invitation']"));
        return this;
    }

    /** What the letter shows, by the part's id: shortCode, link, shortAddress, letterPhone, letterEasyRead... */
    public String letter(String part) {
        return driver().findElement(By.id(part)).getText();
    }

    public WebElement letterPart(String part) {
        return driver().findElement(By.id(part));
    }

    public String text(String id) {
        return browser.text(By.id(id));
    }

    public String text() {
        return browser.mainText();
    }

    private void retype(By field, String text) {
        WebElement input = driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void select(By field, String label) {
        new Select(driver().findElement(field)).selectByVisibleText(label);
    }

    /** Pages a practitioner uses, for checks that hold on every one of them. */
    public static List<String> pagesOf(String reference) {
        return List.of("/survey/index.xhtml", "/survey/enquiry-new.xhtml", "/survey/enquiry.xhtml?ref=" + reference,
                "/survey/statements.xhtml");
    }
}
