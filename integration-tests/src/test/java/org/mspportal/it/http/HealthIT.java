package org.mspportal.it.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    private final PortalHttpClient http = new PortalHttpClient();

    @Test
    void readinessReportsDatabaseAndEveryModulesMigrationsUp() {
        HttpResponse<String> ready = http.get(Portal.MANAGEMENT.resolve("health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body();
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"database-migrations\""), body);
        for (String owner : new String[] {"core", "survey", "reference-group", "search"}) {
            assertTrue(body.matches("(?s).*\"" + owner + "\":\"version [0-9]+\".*"), owner + " migrated: " + body);
        }
        String product = "postgresql".equals(System.getProperty("msp.db")) ? "PostgreSQL" : "H2";
        assertTrue(body.contains("\"product\":\"" + product + "\""), "runs on " + product + ": " + body);
    }

    @Test
    void readinessReportsTheSearchIndexAndHowFarItLagsBehindTheOutbox() throws InterruptedException {
        String body = await("the search module to report its index").atMost(Duration.ofSeconds(20))
                .until(() -> http.get(Portal.MANAGEMENT.resolve("health/ready")).body(),
                        ready -> ready.matches("(?s).*\"name\":\"modules\".*\"search-index.documents\":[0-9]+.*"));
        assertTrue(body.matches("(?s).*\"search-index.waiting\":[0-9]+.*"), "entries waiting in the outbox: " + body);
        assertTrue(body.matches("(?s).*\"search-index.oldestWaitingSeconds\":[0-9]+.*"), body);
        assertTrue(body.contains("\"search-index.failing\":false"), body);
    }

    @Test
    void livenessListsTheInstalledModules() {
        HttpResponse<String> live = http.get(Portal.MANAGEMENT.resolve("health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("survey,reference-group,search"), live.body());
    }
}
