package org.mspportal.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/** The shell knows no module by name: an EAR built without the search module deploys and shows no trace of it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginDiscoveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive portalWithoutSearch() {
        return PortalDeployment.without("search-module");
    }

    @Test
    void portalWithoutTheSearchModuleDeploysAndShowsNoLinkOrTileOfIt() {
        PortalHttpClient http = new PortalHttpClient();
        assertEquals(302, http.signIn(DemoUser.ADMIN).statusCode());

        String home = http.get("/index.xhtml").body();
        assertTrue(home.contains("Enquiries and feedback"), "survey tile present");
        assertTrue(home.contains("Reference group"), "reference group tile present");
        assertFalse(home.contains("/search/"), "no link to the search module");
        assertFalse(home.contains("Practice learning themes"), "no tile of the search module");
        assertFalse(home.contains("Themes search"), "no navigation entry of the search module");

        HttpResponse<String> searchPage = http.get("/search/index.xhtml");
        assertEquals(404, searchPage.statusCode());
    }

    @Test
    void livenessListsOnlyTheModulesInstalled() {
        String live = new PortalHttpClient().get(Portal.MANAGEMENT.resolve("health/live")).body();
        assertTrue(live.contains("\"modules\":\"survey,reference-group\""), live);
    }
}
