package org.mspportal.it.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.FeedbackFixture.Letter;
import org.mspportal.it.support.FeedbackFixture;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The respondent's journey over plain HTTP, as a browser without JavaScript makes it: the link's secret
 * exchanged for a session, answers saved page by page, bad input refused without losing anything, one
 * response only, kind pages for links and codes that cannot be used, and a limit on guessing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentJourneyIT {

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"ft\" value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void theLinkIsExchangedForASessionAndTheSecretLeavesTheAddressBar() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want the phone calls to stop");
        PortalHttpClient person = new PortalHttpClient();
        HttpResponse<String> start = person.get(letter.path());
        assertEquals(302, start.statusCode());
        String location = start.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/feedback/welcome.xhtml"), location);
        assertFalse(location.contains("t="), "the secret is not carried on");
        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        assertTrue(staff.get("/survey/index.xhtml?feedback=INVITED&ref=" + letter.caseReference()).body()
                .contains("enquiry.xhtml?ref=" + letter.caseReference()), "the list finds the enquiry among those invited");
        assertEquals("no-referrer", start.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(start.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
        String cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("msp_feedback="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("path=/feedback") && !cookie.contains("Max-Age"),
                "a session cookie for the feedback pages only: " + cookie);

        HttpResponse<String> welcome = person.get(URI.create(location));
        assertEquals(200, welcome.statusCode());
        assertEquals("no-referrer", welcome.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(welcome.body().contains("There are 11 questions"), "who + 1 outcome + 6 + safe + 2 texts");
        assertFalse(welcome.body().contains("<script src=\"/jakarta.faces.resource/core.js"), "no PrimeFaces script");
        assertFalse(welcome.body().contains(letter.caseReference()), "the case reference is never shown");
    }

    @Test
    void aPersonAnswersEveryPageThenSendsOnceAndBackThenSendAgainMakesNoSecondResponse() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to stay in my own home", "I want my money back");
        PortalHttpClient person = new PortalHttpClient();
        String start = person.get("/feedback/start.xhtml").body();
        HttpResponse<String> typed = person.post("/feedback/start.xhtml", form(start, "codeForm", Map.of(
                "code", letter.code().toLowerCase().replace("-", " "), "start", "Start")));
        assertEquals(302, typed.statusCode(), "a code typed in lower case with spaces still works");

        String outcome = person.get("/feedback/question.xhtml?step=outcome-2").body();
        assertTrue(outcome.matches("(?s).*You told us you wanted: (\"|&quot;)I want my money back(\"|&quot;)\\. Did this happen\\?.*"),
                "the person's own words are shown back");
        assertThat(outcome).contains("Question 3 of 12");

        answer(person, "who", "PERSON_WITH_HELP", null, "question.xhtml?step=outcome-1");
        answer(person, "outcome-1", "YES", null, "question.xhtml?step=outcome-2");
        answer(person, "outcome-2", "PARTLY", "Only some of it <b>came back</b>", "question.xhtml?step=GOT_OUTCOMES");
        for (String[] page : new String[][] {{"GOT_OUTCOMES", "PARTLY", "CHANCE_TO_SAY"},
                {"CHANCE_TO_SAY", "YES", "LISTENED_TO"}, {"LISTENED_TO", "NO", "ACTED_ON_WISHES"},
                {"ACTED_ON_WISHES", "RATHER_NOT_SAY", "SAFE_AS_WANTED"}, {"SAFE_AS_WANTED", "YES", "HAPPIER"},
                {"HAPPIER", "YES", "feeling-safe"}, {"feeling-safe", "ADEQUATELY_SAFE", "done-better"}}) {
            answer(person, page[0], page[1], null, "question.xhtml?step=" + page[2]);
        }
        answer(person, "done-better", null, "Nobody told me what was happening.\r\nThe police never came back.",
                "question.xhtml?step=anything-else");
        answer(person, "anything-else", null, null, "check.xhtml");

        String check = person.get("/feedback/check.xhtml").body();
        assertTrue(check.contains("Only some of it &lt;b&gt;came back&lt;/b&gt;"), "typed text is shown escaped");
        assertThat(check).contains("I am, with someone helping me");
        assertThat(check).contains("Generally I feel adequately safe, but not as safe as I would like");

        HttpResponse<String> sent = person.post("/feedback/check.xhtml", form(check, "sendForm", Map.of("send", "Send")));
        assertTrue(sent.headers().firstValue("Location").orElseThrow().endsWith("/feedback/sent.xhtml"));
        assertTrue(person.get("/feedback/sent.xhtml").body().contains("Thank you: your answers have been sent"));

        // Back to the check page (a copy kept by the browser) and Send again: no second response, no error.
        HttpResponse<String> again = person.post("/feedback/check.xhtml", form(check, "sendForm", Map.of("send", "Send")));
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("/feedback/sent.xhtml"));
        HttpResponse<String> backToAQuestion = person.get("/feedback/question.xhtml?step=LISTENED_TO");
        assertTrue(backToAQuestion.headers().firstValue("Location").orElseThrow().endsWith("why=sent"));
        assertTrue(new PortalHttpClient().get(letter.path()).headers().firstValue("Location").orElseThrow()
                .endsWith("/feedback/ended.xhtml?why=sent"), "the link works once");

        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        String invitations = staff.get("/survey/invitations.xhtml?ref=" + letter.caseReference()).body();
        assertTrue(invitations.contains("Completed"), "the invitation shows as completed");
        String ref = "&ref=" + letter.caseReference();
        assertTrue(staff.get("/survey/index.xhtml?feedback=COMPLETED" + ref).body().contains("enquiry.xhtml?ref=" + letter.caseReference()),
                "the list finds it among enquiries with feedback given");
        assertFalse(staff.get("/survey/index.xhtml?feedback=INVITED" + ref).body().contains("enquiry.xhtml?ref=" + letter.caseReference()),
                "and no longer among those waiting for an answer");
    }

    @Test
    void forgedAnswersAndOverlongTextAreRefusedWithAMessageAndWhatWasTypedIsKept() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to feel safe at night");
        PortalHttpClient person = new PortalHttpClient();
        person.get(letter.path());
        String page = person.get("/feedback/question.xhtml?step=LISTENED_TO").body();

        HttpResponse<String> none = person.post("/feedback/question.xhtml",
                form(page, "answerForm", Map.of("detail", "They rushed me", "continue", "Continue")));
        assertEquals(200, none.statusCode());
        assertThat(none.body()).contains("<title>Error: ");
        assertThat(none.body()).contains("Choose an answer.");
        assertTrue(none.body().contains(">They rushed me</textarea>"), "the text typed is kept");
        assertTrue(none.body().contains("href=\"#answer-YES\""), "the error summary links to the first answer");

        HttpResponse<String> forged = person.post("/feedback/question.xhtml",
                form(page, "answerForm", Map.of("answer", "DEFINITELY", "continue", "Continue")));
        assertThat(forged.body()).contains("That answer is not one of the choices");

        String tooLong = "x".repeat(5001);
        HttpResponse<String> longText = person.post("/feedback/question.xhtml",
                form(page, "answerForm", Map.of("answer", "NO", "detail", tooLong, "continue", "Continue")));
        assertThat(longText.body()).contains("longer than 5,000 characters");
        assertTrue(longText.body().contains(tooLong + "</textarea>"), "nothing is cut off or lost");
        assertTrue(longText.body().contains("id=\"answer-NO\" name=\"answer\" value=\"NO\" checked=\"checked\""),
                "the choice made is kept too");

        HttpResponse<String> noToken = person.post("/feedback/question.xhtml", Map.of("answerForm", "answerForm",
                "step", "LISTENED_TO", "answer", "YES", "continue", "Continue"));
        assertTrue(noToken.headers().firstValue("Location").orElseThrow().contains("/feedback/ended.xhtml"),
                "a form posted without the session's form token (from another site) is not acted on");
    }

    @Test
    void twoTabsSavingDifferentPagesBothKeepTheirAnswersAndTheHttpSessionDoesNotMatter() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to see my grandchildren");
        PortalHttpClient person = new PortalHttpClient();
        person.get(letter.path());
        String tabOne = person.get("/feedback/question.xhtml?step=HAPPIER").body();
        String tabTwo = person.get("/feedback/question.xhtml?step=LISTENED_TO").body();
        person.post("/feedback/question.xhtml", form(tabTwo, "answerForm", Map.of("answer", "NO", "continue", "Continue")));
        person.post("/feedback/question.xhtml", form(tabOne, "answerForm", Map.of("answer", "YES", "continue", "Continue")));

        // The HTTP session is lost on a server restart; the respondent session is not.
        person.forgetCookie("JSESSIONID");
        String check = person.get("/feedback/check.xhtml").body();
        assertTrue(row(check, "HAPPIER").contains("Yes"), "tab one's answer is kept");
        assertTrue(row(check, "LISTENED_TO").contains("No"), "tab two's answer is kept");

        HttpResponse<String> later = person.post("/feedback/question.xhtml",
                form(tabOne, "answerForm", Map.of("answer", "PARTLY", "saveForLater", "Save")));
        String savedAt = later.headers().firstValue("Location").orElseThrow();
        assertTrue(savedAt.contains("/feedback/saved.xhtml?until="), savedAt);
        String saved = person.get(URI.create(savedAt)).body();
        assertThat(saved).contains("Your link and code work until");

        PortalHttpClient laterThatWeek = new PortalHttpClient();
        laterThatWeek.get(letter.path());
        String welcome = laterThatWeek.get("/feedback/welcome.xhtml").body();
        assertThat(welcome).contains("Welcome back");
        assertTrue(welcome.contains("href=\"/feedback/question.xhtml?step=who\""), "carries on at the first unanswered page");
    }

    @Test
    void linksAndCodesThatCannotBeUsedGetAKindPageThatNeverSaysWhichCaseItWas() {
        Letter first = FeedbackFixture.enquiryWithLetter("I want to manage my own money");
        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        FeedbackFixture.issueLetter(staff, first.caseReference());

        PortalHttpClient person = new PortalHttpClient();
        String withdrawn = person.get(first.path()).headers().firstValue("Location").orElseThrow();
        assertTrue(withdrawn.endsWith("/feedback/ended.xhtml?why=ended"), "a replaced letter no longer works");
        String page = person.get(URI.create(withdrawn)).body();
        assertThat(page).contains("This link or code has ended");
        assertTrue(page.contains("01632 960 000"), "the contact number is given");
        assertFalse(page.contains(first.caseReference()));

        String unknown = person.get("/feedback/start.xhtml?t=not-a-real-link").headers().firstValue("Location").orElseThrow();
        assertTrue(unknown.endsWith("why=unknown"));
        assertTrue(person.get(URI.create(unknown)).body().contains("This link or code does not work"));

        String start = person.get("/feedback/start.xhtml").body();
        HttpResponse<String> oldCode = person.post("/feedback/start.xhtml",
                form(start, "codeForm", Map.of("code", first.code(), "start", "Start")));
        assertTrue(oldCode.headers().firstValue("Location").orElseThrow().endsWith("why=ended"));
        HttpResponse<String> typo = person.post("/feedback/start.xhtml",
                form(start, "codeForm", Map.of("code", "ABC", "start", "Start")));
        assertTrue(typo.body().contains("Check your code"), "a typing slip is answered on the same page");
        assertTrue(typo.body().contains("value=\"ABC\""), "and what was typed is kept");
        waitUntilNotBlocked(person);
    }

    @Test
    void guessingCodesIsLimitedPerAddressWithAClearMessage() {
        Letter letter = FeedbackFixture.enquiryWithLetter("I want to be left alone by my neighbour");
        PortalHttpClient guesser = new PortalHttpClient();
        waitUntilNotBlocked(guesser);
        String start = guesser.get("/feedback/start.xhtml").body();
        String message = "";
        for (int i = 0; i < 6 && !message.contains("tried too many codes"); i++) {
            message = guesser.post("/feedback/start.xhtml",
                    form(start, "codeForm", Map.of("code", "AAAA-BBBB-CCD" + "EFGHJK".charAt(i),
                            "start", "Start"))).body();
        }
        assertTrue(message.contains("You have tried too many codes"), "the test server allows 5 failures");
        HttpResponse<String> rightCode = guesser.post("/feedback/start.xhtml",
                form(start, "codeForm", Map.of("code", letter.code(), "start", "Start")));
        assertTrue(rightCode.body().contains("You have tried too many codes"), "even a right code waits");
        waitUntilNotBlocked(guesser);
        HttpResponse<String> afterWaiting = guesser.post("/feedback/start.xhtml",
                form(start, "codeForm", Map.of("code", letter.code(), "start", "Start")));
        assertEquals(302, afterWaiting.statusCode());
    }

    private static Letter probe;

    /**
     * Until this address may try codes again (the test server forgets failures after 8 seconds), so that no other
     * test is affected: asked with a code that works, which a blocked address is refused and a free one is let in
     * with. A try refused while blocked counts as no failure, so asking does not prolong the wait.
     */
    static void waitUntilNotBlocked(PortalHttpClient client) {
        if (probe == null) {
            probe = FeedbackFixture.enquiryWithLetter("I want to be asked what I think");
        }
        await("this address to be let try codes again").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    PortalHttpClient asking = new PortalHttpClient();
                    String start = asking.get("/feedback/start.xhtml").body();
                    return asking.post("/feedback/start.xhtml",
                            form(start, "codeForm", Map.of("code", probe.code(), "start", "Start"))).statusCode();
                }, status -> status == 302);
    }

    static void answer(PortalHttpClient person, String step, String choice, String detail, String expectedNext) {
        String page = person.get("/feedback/question.xhtml?step=" + step).body();
        Map<String, String> fields = new LinkedHashMap<>();
        if (choice != null) {
            fields.put("answer", choice);
        }
        if (detail != null) {
            fields.put("detail", detail);
        }
        fields.put("continue", "Continue");
        HttpResponse<String> response = person.post("/feedback/question.xhtml", form(page, "answerForm", fields));
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(step + " was not saved: " + response.body()));
        assertTrue(location.endsWith("/feedback/" + expectedNext), step + " went to " + location);
    }

    /** The fields a browser posts: the form's own hidden fields, then those given (names as on the page). */
    static Map<String, String> form(String page, String formId, Map<String, String> fields) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        values.put(formId, formId);
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form);
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2));
        }
        values.put("jakarta.faces.ViewState", "stateless");
        values.putAll(fields);
        return values;
    }

    static String row(String checkPage, String step) {
        int start = checkPage.indexOf("id=\"row-" + step + "\"");
        return checkPage.substring(start, checkPage.indexOf("</div>", start));
    }
}
