package org.mspportal.it.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * An administrator rewords a question without a deployment: people who start afterwards see the new
 * words, a response already under way keeps the words its person started with, and only
 * administrators may change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireVersionsIT {

    static final Pattern TEXTAREA = Pattern.compile("<textarea id=\"draft:([^\"]+)\" name=\"[^\"]+\"[^>]*>([^<]*)</textarea>");
    static final String ANYTHING_ELSE = "/feedback/question.xhtml?step=anything-else";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aPublishedRewordingReachesNewRespondentsWhileAStartedResponseKeepsItsVersion() {
        Letter before = FeedbackFixture.enquiryWithLetter("I want to choose where I live");
        PortalHttpClient earlyPerson = new PortalHttpClient();
        earlyPerson.get(before.path());
        String oldWords = question(earlyPerson.get(ANYTHING_ELSE).body());

        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String page = admin.get("/survey/questionnaire.xhtml").body();
        if (page.contains("id=\"start:startDraft\"")) {
            admin.submit("/survey/questionnaire.xhtml", page, "start", Map.of(), "startDraft");
            page = admin.get("/survey/questionnaire.xhtml").body();
        }
        String newWords = "Is there anything more you would like us to know? (" + ThreadLocalRandom.current().nextInt(1000, 9999) + ")";
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher box = TEXTAREA.matcher(page);
        boolean reworded = false;
        while (box.find()) {
            String words = unescape(box.group(2));
            if (!reworded && words.equals(oldWords)) {
                words = newWords;
                reworded = true;
            }
            fields.put(box.group(1), words);
        }
        assertTrue(reworded, "the draft holds the words in use");
        HttpResponse<String> published = admin.submit("/survey/questionnaire.xhtml", page, "draft", fields, "publish");
        assertTrue(published.headers().firstValue("Location").orElseThrow().endsWith("published=true"), published.body());

        assertEquals(oldWords, question(earlyPerson.get(ANYTHING_ELSE).body()), "a response under way keeps its words");
        Letter after = FeedbackFixture.enquiryWithLetter("I want to see my friends");
        PortalHttpClient latePerson = new PortalHttpClient();
        latePerson.get(after.path());
        assertEquals(newWords, question(latePerson.get(ANYTHING_ELSE).body()));

        String versions = admin.get("/survey/questionnaire.xhtml").body();
        assertThat(versions).contains("(in use)");
        assertTrue(versions.contains("Make a draft to change the words"), "no draft is left open");
    }

    @Test
    void onlyAdministratorsMayChangeTheWords() {
        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        assertEquals(403, practitioner.get("/survey/questionnaire.xhtml").statusCode());
        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        assertEquals(403, lead.get("/survey/questionnaire.xhtml").statusCode());
    }

    static String question(String page) {
        Matcher m = Pattern.compile("<label for=\"detail\" id=\"question\">([^<]*)</label>").matcher(page);
        assertTrue(m.find(), page);
        return unescape(m.group(1));
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
