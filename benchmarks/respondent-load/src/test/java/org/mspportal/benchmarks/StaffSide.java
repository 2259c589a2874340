package org.mspportal.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a practitioner does before and after the load test, through the portal's own pages (demo
 * accounts): opens enquiries, prints invitation letters, and afterwards reads each invitation's status.
 */
final class StaffSide {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("id=\"link\" class=\"letter__link\">([^<]+)<");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    StaffSide(String base) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        String login = get("login.xhtml");
        post("login.xhtml", form(login, "login", Map.of("username", "demo.practitioner",
                "password", "demo-practitioner-password"), "signIn"));
    }

    /** Opens an enquiry with one desired outcome and prints a letter; returns the letter's link path. */
    String enquiryWithLetter(String reference) {
        String page = get("survey/enquiry-new.xhtml");
        String day = LocalDate.now().minusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseReference", reference);
        for (String select : List.of("team", "ageBand", "gender", "ethnicity", "primarySupportReason")) {
            int at = page.indexOf("name=\"enquiry:" + select + "\"");
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page.substring(at));
            option.find();
            fields.put(select, option.group(1));
        }
        fields.put("concernReceivedOn", day);
        fields.put("enquiryStartedOn", day);
        fields.put("typesOfRisk", "NEGLECT_AND_ACTS_OF_OMISSION");
        fields.put("asked", "ASKED_OUTCOMES_EXPRESSED");
        Matcher box = Pattern.compile("name=\"enquiry:([^\"]+):0:ownWords\"").matcher(page);
        box.find();
        fields.put(box.group(1) + ":0:ownWords", "I want to feel safe at home");
        HttpResponse<String> saved = post("survey/enquiry-new.xhtml", form(page, "enquiry", fields, "save"));
        if (saved.statusCode() != 302) {
            throw new IllegalStateException("Could not open enquiry " + reference);
        }
        String invitations = get("survey/invitations.xhtml?ref=" + reference);
        HttpResponse<String> issued = post("survey/invitations.xhtml", form(invitations, "invitations", Map.of(), "issueLetter"));
        String letter = send(HttpRequest.newBuilder(URI.create(issued.headers().firstValue("Location").orElseThrow())).build()).body();
        Matcher link = LINK.matcher(letter);
        link.find();
        return link.group(1).substring(link.group(1).indexOf("/feedback/"));
    }

    /** The statuses of the enquiry's invitations, as the invitations page lists them. */
    String invitationStatuses(String reference) {
        String page = get("survey/invitations.xhtml?ref=" + reference);
        Matcher status = Pattern.compile("<strong>(Open|Completed|Expired|Revoked)</strong>").matcher(page);
        StringBuilder all = new StringBuilder();
        while (status.find()) {
            all.append(status.group(1)).append(' ');
        }
        return all.toString().trim();
    }

    private static Map<String, String> form(String page, String formId, Map<String, String> fields, String button) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.forEach((k, v) -> values.put(formId + ":" + k, v));
        values.put(formId + ":" + button, button);
        return values;
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).build()).body();
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
