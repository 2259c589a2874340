package org.mspportal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mspportal.it.support.CaseSystem.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.CaseSystem;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * A council's case system uses the REST API with a key an administrator issued: it opens an enquiry
 * with the person's outcomes, records a stage and the closure, invites the person and follows the
 * invitation, all as itself in the audit log. Without a valid key nothing is answered; bad input is
 * told plainly and saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSystemApiIT {

    private static final String ENQUIRIES = "/api/v1/enquiries";

    static PortalHttpClient admin;
    static CaseSystem caseSystem;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void issueAKey() {
        admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        caseSystem = CaseSystem.issuedBy(admin, "Social care record (test)");
    }

    static String newReference() {
        return "SG-API-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static String newEnquiry(String reference, String team) {
        LocalDate started = LocalDate.now().minusDays(20);
        return """
                {"caseReference": "%s", "team": "%s",
                 "concernReceivedOn": "%s", "enquiryStartedOn": "%s",
                 "ageBand": "AGED_65_TO_74", "gender": "FEMALE", "ethnicity": "WHITE",
                 "primarySupportReason": "MEMORY_AND_COGNITION", "typesOfRisk": ["FINANCIAL_OR_MATERIAL", "PSYCHOLOGICAL"],
                 "asked": "ASKED_OUTCOMES_EXPRESSED", "notWanted": "I don't want to move out",
                 "feelingSafe": "LESS_THAN_ADEQUATELY_SAFE",
                 "desiredOutcomes": [{"ownWords": "I want my money back"}, {"ownWords": "I want to feel safe at home"}]}
                """.formatted(reference, team, started.minusDays(2), started);
    }

    @Test
    void aCaseSystemOpensAnEnquiryRecordsAStageConcludesItAndFollowsTheInvitation() {
        String reference = newReference();
        HttpResponse<String> opened = caseSystem.post(ENQUIRIES, newEnquiry(reference, "north locality team"));
        assertEquals(201, opened.statusCode(), opened.body());
        assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith(ENQUIRIES + "/" + reference));
        JsonObject status = json(opened);
        assertEquals("North Locality Team", status.getString("team"));
        assertEquals("CONCERN", status.getString("stage"));
        assertEquals(2, status.getJsonArray("desiredOutcomes").size());
        assertFalse(opened.body().contains("money back"), "the person's words do not travel back");
        assertEquals("no-store", opened.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> conversation = caseSystem.post(ENQUIRIES + "/" + reference + "/conversations", """
                {"stage": "CASE_CONFERENCE", "heldOn": "%s", "prioritiesNow": "Getting the money back first",
                 "outcomeChanges": [{"position": 2, "ownWords": "I want a lock on my door", "reason": "She said this at the conference"}]}
                """.formatted(LocalDate.now().minusDays(10)));
        assertEquals(200, conversation.statusCode(), conversation.body());
        assertEquals("CASE_CONFERENCE", json(conversation).getString("stage"));
        assertEquals(2, json(conversation).getJsonArray("desiredOutcomes").getJsonObject(1).getInt("versions"));

        HttpResponse<String> concluded = caseSystem.post(ENQUIRIES + "/" + reference + "/conclusion", """
                {"concludedOn": "%s",
                 "assessments": [{"position": 1, "achievement": "PARTIALLY", "reason": "Half was repaid"},
                                 {"position": 2, "achievement": "FULLY", "reason": "The lock was fitted"}],
                 "riskAssessment": "RISK_IDENTIFIED_ACTION_TAKEN", "riskOutcome": "REDUCED",
                 "locationOfRisk": "OWN_HOME", "sourceOfRisk": "KNOWN_TO_INDIVIDUAL",
                 "mentalCapacity": "DID_NOT_LACK_CAPACITY", "feelingSafeNow": "ADEQUATELY_SAFE"}
                """.formatted(LocalDate.now().minusDays(1)));
        assertEquals(200, concluded.statusCode(), concluded.body());
        assertEquals("CLOSURE", json(concluded).getString("stage"));
        assertEquals("PARTIALLY", json(concluded).getString("sg4aAchieved"));

        HttpResponse<String> invited = caseSystem.post(ENQUIRIES + "/" + reference + "/invitations",
                "{\"channel\": \"LETTER\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject invitation = json(invited);
        String link = invitation.getString("link");
        assertTrue(invitation.getString("code").matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), invited.body());
        String location = invited.headers().firstValue("Location").orElseThrow();
        String invitationPath = location.substring(location.indexOf("/api/"));
        assertEquals("OPEN", json(caseSystem.get(invitationPath)).getString("status"));

        HttpResponse<String> personFollowsTheLink = new PortalHttpClient().get(link.substring(link.indexOf("/feedback/")));
        assertTrue(personFollowsTheLink.headers().firstValue("Location").orElseThrow().endsWith("/feedback/welcome.xhtml"));
        assertFalse(caseSystem.get(invitationPath).body().contains(invitation.getString("code")), "the code is shown once");

        assertEquals(204, caseSystem.delete(invitationPath).statusCode());
        assertEquals("REVOKED", json(caseSystem.get(invitationPath)).getString("status"));
        assertEquals(1, CaseSystem.parse(caseSystem.get(ENQUIRIES + "/" + reference + "/invitations").body())
                .asJsonArray().size());

        String audit = admin.get("/admin/audit.xhtml").body();
        assertTrue(audit.contains("api:" + caseSystem.clientId), "the case system is named in the audit log");
        assertTrue(audit.contains("CONCLUDED_ENQUIRY") && audit.contains("REVOKED_INVITATION"));
    }

    @Test
    void withoutAValidKeyNothingIsAnsweredAndARevokedKeyStopsAtOnce() {
        String reference = newReference();
        for (CaseSystem stranger : new CaseSystem[] {CaseSystem.withAuthorization(null),
                CaseSystem.withAuthorization("Basic ZGVtby5hZG1pbjpwYXNzd29yZA=="),
                CaseSystem.withAuthorization("Bearer not-a-key"),
                new CaseSystem(caseSystem.key.substring(0, caseSystem.key.length() - 4) + "AAAA")}) {
            HttpResponse<String> refused = stranger.post(ENQUIRIES, newEnquiry(reference, "North Locality Team"));
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow()
                    .replaceAll(";.*", ""));
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
            assertTrue(json(refused).getString("detail").contains("key"), refused.body());
        }
        assertEquals(404, caseSystem.get(ENQUIRIES + "/" + reference).statusCode(), "nothing was opened");

        CaseSystem leaving = CaseSystem.issuedBy(admin, "Old case system");
        assertNotEquals(caseSystem.clientId, leaving.clientId);
        assertEquals(404, leaving.get(ENQUIRIES + "/" + reference).statusCode(), "the new key works");
        assertTrue(leaving.revokedBy(admin).body().contains("is revoked"));
        assertEquals(401, leaving.get(ENQUIRIES + "/" + reference).statusCode(), "the revoked key is refused");
        assertEquals(404, caseSystem.get(ENQUIRIES + "/" + reference).statusCode(), "other keys still work");
    }

    @Test
    void anAdministratorWhoGivesNoNameIsToldSoAndKeepsWhatWasTyped() {
        String page = admin.get("/admin/api-clients.xhtml").body();
        HttpResponse<String> refused = admin.submit("/admin/api-clients.xhtml", page, "issue",
                Map.of("name", "  ", "purpose", "Nightly import of enquiries"), "issueKey");
        assertTrue(refused.body().contains("Enter the name of the system that will use the key."), refused.body());
        assertTrue(refused.body().contains("value=\"Nightly import of enquiries\""), "the purpose typed is kept");
        assertFalse(refused.body().contains("id=\"newKey\""), "no key is issued");
    }

    @Test
    void aKeyOpensNoStaffPageAndAStaffSessionOpensNoApi() {
        PortalHttpClient browser = new PortalHttpClient();
        HttpResponse<String> signIn = browser.signIn("api:" + caseSystem.clientId, caseSystem.key.substring(
                caseSystem.key.indexOf('_', 4) + 1));
        assertTrue(signIn.body().contains("The username or password is not right"), "a key is not a password");

        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        assertEquals(401, practitioner.get(ENQUIRIES + "/SG-1").statusCode(), "a signed-in browser's cookie is not a key");
    }

    @Test
    void badInputIsToldPlainlyAndSavesNothing() {
        String reference = newReference();
        HttpResponse<String> notJson = caseSystem.post(ENQUIRIES, "{\"caseReference\": ");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(json(notJson).getString("detail").contains("not JSON at line 1, column"), notJson.body());

        HttpResponse<String> unknownCode = caseSystem.post(ENQUIRIES,
                newEnquiry(reference, "North Locality Team").replace("AGED_65_TO_74", "OLD"));
        assertEquals(400, unknownCode.statusCode(), unknownCode.body());
        assertTrue(json(unknownCode).getString("detail").startsWith("'OLD' is not one of the codes for AgeBand: AGED_18_TO_64,"),
                unknownCode.body());
        assertFalse(unknownCode.body().contains("org.mspportal"), "no class names or stack traces");

        HttpResponse<String> unknownTeam = caseSystem.post(ENQUIRIES, newEnquiry(reference, "Nowhere Team"));
        assertEquals(422, unknownTeam.statusCode(), unknownTeam.body());
        assertTrue(json(unknownTeam).getString("detail").contains("no team called 'Nowhere Team'"));

        HttpResponse<String> name = caseSystem.post(ENQUIRIES, newEnquiry("Margaret Smith", "North Locality Team"));
        assertEquals(422, name.statusCode(), name.body());

        HttpResponse<String> fourOutcomes = caseSystem.post(ENQUIRIES, newEnquiry(reference, "North Locality Team")
                .replace("{\"ownWords\": \"I want my money back\"}",
                        "{\"ownWords\": \"a\"}, {\"ownWords\": \"b\"}, {\"ownWords\": \"c\"}"));
        assertEquals(422, fourOutcomes.statusCode(), fourOutcomes.body());
        assertEquals(404, caseSystem.get(ENQUIRIES + "/" + reference).statusCode(), "nothing was saved");

        assertEquals(201, caseSystem.post(ENQUIRIES, newEnquiry(reference, "North Locality Team")).statusCode());
        HttpResponse<String> again = caseSystem.post(ENQUIRIES, newEnquiry(reference, "North Locality Team"));
        assertEquals(422, again.statusCode(), "a case reference is opened once");

        HttpResponse<String> early = caseSystem.post(ENQUIRIES + "/" + reference + "/conclusion", """
                {"concludedOn": "%s", "riskAssessment": "NO_RISK_NO_ACTION", "locationOfRisk": "OWN_HOME",
                 "sourceOfRisk": "KNOWN_TO_INDIVIDUAL"}""".formatted(LocalDate.now()));
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(json(early).getString("detail").contains("each of the person's outcomes"), early.body());
        assertEquals("CONCERN", json(caseSystem.get(ENQUIRIES + "/" + reference)).getString("stage"));

        HttpResponse<String> noEmail = caseSystem.post(ENQUIRIES + "/" + reference + "/invitations",
                "{\"channel\": \"EMAIL\", \"email\": \"not an address\"}");
        assertEquals(422, noEmail.statusCode(), noEmail.body());
        assertEquals(0, CaseSystem.parse(caseSystem.get(ENQUIRIES + "/" + reference + "/invitations").body())
                .asJsonArray().size(), "no invitation was issued");

        HttpResponse<String> whileOpen = caseSystem.post(ENQUIRIES + "/" + reference + "/invitations", "{\"channel\": \"LETTER\"}");
        assertEquals(422, whileOpen.statusCode(), whileOpen.body());
        assertTrue(json(whileOpen).getString("detail").contains("Close the enquiry first"), whileOpen.body());
        assertEquals(404, caseSystem.post(ENQUIRIES + "/SG-NONE-1/invitations", "{\"channel\": \"LETTER\"}").statusCode());
        assertEquals(404, caseSystem.get("/api/v1/nothing-here").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndTheKey() {
        HttpResponse<String> document = new PortalHttpClient().get("/openapi?format=JSON");
        assertEquals(200, document.statusCode(), document.body());
        JsonObject openApi = (JsonObject) CaseSystem.parse(document.body());
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path : new String[] {ENQUIRIES, ENQUIRIES + "/{caseReference}",
                ENQUIRIES + "/{caseReference}/conversations", ENQUIRIES + "/{caseReference}/conclusion",
                ENQUIRIES + "/{caseReference}/invitations", ENQUIRIES + "/{caseReference}/invitations/{id}"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertEquals("bearer", openApi.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("apiKey").getString("scheme"));
        assertTrue(document.body().contains("AGED_65_TO_74"), "coded fields list their codes");
    }
}
