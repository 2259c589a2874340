package org.mspportal.it.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the scene for respondent tests as a practitioner would, through the portal's own pages: an
 * enquiry with the person's desired outcomes, then a printed invitation letter (its link and code).
 */
public final class FeedbackFixture {

    /** What the person receives: the letter's link and short code. */
    public record Letter(String caseReference, String link, String code) {

        /** The link's path and query on the test server, e.g. {@code /feedback/start.xhtml?t=…}. */
        public String path() {
            return link.substring(link.indexOf("/feedback/"));
        }
    }

    private static final Pattern SHORT_CODE = Pattern.compile("id=\"shortCode\">([^<]+)<");
    private static final Pattern LINK = Pattern.compile("id=\"link\" class=\"letter__link\">([^<]+)<");

    private FeedbackFixture() {
    }

    /** A new enquiry whose person wanted the given outcomes (one to three), with a letter issued for it. */
    public static Letter enquiryWithLetter(String... ownOutcomes) {
        PortalHttpClient staff = new PortalHttpClient();
        staff.signIn(Portal.DemoUser.PRACTITIONER);
        String reference = "SG-FB-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        openEnquiry(staff, reference, List.of(ownOutcomes));
        closeEnquiry(staff, reference);
        return issueLetter(staff, reference);
    }

    /** Issues a new letter for an existing enquiry (the earlier letter stops working). */
    public static Letter issueLetter(PortalHttpClient staff, String reference) {
        String invitations = staff.get("/survey/invitations.xhtml?ref=" + reference).body();
        HttpResponse<String> issued = staff.submit("/survey/invitations.xhtml", invitations, "invitations", Map.of(),
                "issueLetter");
        String location = issued.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("The letter was not issued: " + issued.body()));
        String letter = staff.get(java.net.URI.create(location)).body();
        return new Letter(reference, find(LINK, letter), find(SHORT_CODE, letter));
    }

    /** Closes the enquiry as a practitioner would, choosing the first answer of each question: feedback comes after. */
    public static void closeEnquiry(PortalHttpClient staff, String reference) {
        String path = "/survey/enquiry-close.xhtml?ref=" + reference;
        String page = staff.get(path).body();
        HtmlForm form = HtmlForm.on(page, staff.page(path)).stream().filter(f -> f.id().equals("close")).findFirst()
                .orElseThrow(() -> new AssertionError("No closing form for " + reference));
        Map<String, String> answers = new LinkedHashMap<>(form.firstChoices());
        form.textFields().stream().filter(name -> name.endsWith(":reason"))
                .forEach(name -> answers.put(name, "Agreed with the person at the closing visit"));
        answers.put("close:concludedOn", LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        HttpResponse<String> closed = staff.post(form.actionPath(), form.submission(answers, java.util.Optional.of("close:save")));
        if (closed.statusCode() != 302) {
            throw new AssertionError("The enquiry was not closed: " + HtmlForm.visibleWords(closed.body()));
        }
    }

    /** The person answers every page with its first choice and sends; ends on the thanks page. */
    public static void answerEverythingAndSend(PortalHttpClient person) {
        String next = "/feedback/question.xhtml?step=who";
        for (int page = 0; page < 20 && next.startsWith("/feedback/question.xhtml"); page++) {
            String path = next;
            String html = person.get(path).body();
            HtmlForm form = HtmlForm.on(html, person.page(path)).get(0);
            HttpResponse<String> saved = person.post(form.actionPath(),
                    form.submission(form.firstChoices(), java.util.Optional.of("continue")));
            next = saved.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("An answer was not saved: " + HtmlForm.visibleWords(saved.body())))
                    .replaceFirst("^https?://[^/]+", "");
        }
        String last = next;
        String check = person.get("/feedback/check.xhtml").body();
        HtmlForm send = HtmlForm.on(check, person.page("/feedback/check.xhtml")).stream()
                .filter(f -> f.id().equals("sendForm")).findFirst()
                .orElseThrow(() -> new AssertionError("No Send button after " + last + ": " + HtmlForm.visibleWords(check)));
        String thanks = person.post(send.actionPath(), send.submission(Map.of(), java.util.Optional.of("send")))
                .headers().firstValue("Location").orElse("");
        if (!thanks.contains("/feedback/sent.xhtml")) {
            throw new AssertionError("The answers were not sent");
        }
    }

    static void openEnquiry(PortalHttpClient staff, String reference, List<String> ownOutcomes) {
        String page = staff.get("/survey/enquiry-new.xhtml").body();
        String today = LocalDate.now().minusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseReference", reference);
        for (String select : List.of("team", "ageBand", "gender", "ethnicity", "primarySupportReason")) {
            fields.put(select, firstOption(page, "enquiry:" + select));
        }
        fields.put("concernReceivedOn", today);
        fields.put("enquiryStartedOn", today);
        fields.put("typesOfRisk", "FINANCIAL_OR_MATERIAL");
        fields.put("asked", "ASKED_OUTCOMES_EXPRESSED");
        Matcher boxes = Pattern.compile("name=\"enquiry:([^\"]+):(\\d):ownWords\"").matcher(page);
        while (boxes.find()) {
            int i = Integer.parseInt(boxes.group(2));
            if (i < ownOutcomes.size()) {
                fields.put(boxes.group(1) + ":" + i + ":ownWords", ownOutcomes.get(i));
            }
        }
        HttpResponse<String> saved = staff.submit("/survey/enquiry-new.xhtml", page, "enquiry", fields, "save");
        if (saved.statusCode() != 302) {
            throw new AssertionError("The enquiry was not opened: " + saved.body());
        }
    }

    private static String firstOption(String page, String selectName) {
        int start = page.indexOf("name=\"" + selectName + "\"");
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page.substring(start));
        if (!option.find()) {
            throw new AssertionError("No options for " + selectName);
        }
        return option.group(1);
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("Not on the letter page: " + pattern);
        }
        return m.group(1).replace("&amp;", "&");
    }
}
