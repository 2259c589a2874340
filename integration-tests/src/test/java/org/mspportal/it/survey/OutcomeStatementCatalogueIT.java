package org.mspportal.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The catalogue of outcome statements is the administrators' to keep: a statement they add is
 * offered to practitioners at once, a retired one is no longer offered, and bad input is refused
 * with a message while what was typed stays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeStatementCatalogueIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anAdministratorAddsAndRetiresAStatementAndPractitionersSeeTheChangeAtOnce() {
        String words = "I want my cat looked after while I am in hospital " + ThreadLocalRandom.current().nextInt(1000, 9999);
        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String page = admin.get("/survey/statements.xhtml").body();
        HttpResponse<String> added = admin.submit("/survey/statements.xhtml", page, "addStatement",
                Map.of("newWording", words), "add");
        assertEquals(302, added.statusCode(), added.body());

        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        assertTrue(practitioner.get("/survey/enquiry-new.xhtml").body().contains(words), "offered at once");
        assertFalse(practitioner.get("/survey/statements.xhtml").body().contains("id=\"catalogue\""),
                "practitioners read the list but cannot change it");

        page = admin.get("/survey/statements.xhtml").body();
        Matcher retire = Pattern.compile(Pattern.quote(words) + "</span>\\s*<input id=\"catalogue:([^\"]+):retire\"")
                .matcher(page);
        assertTrue(retire.find(), page);
        admin.submit("/survey/statements.xhtml", page, "catalogue", Map.of(), retire.group(1) + ":retire");
        assertFalse(practitioner.get("/survey/enquiry-new.xhtml").body().contains(words), "no longer offered");
        assertTrue(admin.get("/survey/statements.xhtml").body().contains(words), "but kept, marked retired");
    }

    @Test
    void emptyAndDuplicateStatementsAreRefusedWithAMessageAndWhatWasTypedStays() {
        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        String page = admin.get("/survey/statements.xhtml").body();
        HttpResponse<String> empty = admin.submit("/survey/statements.xhtml", page, "addStatement",
                Map.of("newWording", "   "), "add");
        assertTrue(empty.body().contains("Enter the words of the statement"), empty.body());
        HttpResponse<String> twice = admin.submit("/survey/statements.xhtml", page, "addStatement",
                Map.of("newWording", "i want the abuse to stop and to feel safer"), "add");
        assertThat(twice.body()).contains("That statement is already in the list.");
        assertThat(twice.body()).contains("value=\"i want the abuse to stop and to feel safer\"");
    }
}
