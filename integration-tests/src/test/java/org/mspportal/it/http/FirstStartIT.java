package org.mspportal.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The portal as a council first starts it, on a second server without demo mode: no default password,
 * the first administrator comes from the one-time setup code in the server log; and a database that is
 * down at start-up leaves the server running, saying why it is not ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT {

    static final String SERVER = "fresh";
    static final String PORTAL = "fresh-portal";
    static final URI BASE = URI.create("http://localhost:8180/");
    static final URI MANAGEMENT = URI.create("http://localhost:10090/");
    static final String JVM = "-Xms64m -Xmx512m -Dmsp.demo=false -Djboss.socket.binding.port-offset=100";
    static final Pattern SETUP_CODE = Pattern.compile("one-time setup code: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})");

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    @Order(1)
    void databaseDownAtStartUpLeavesTheServerRunningAndSaysWhy() throws IOException {
        String unreachable = "postgresql".equals(System.getProperty("msp.db"))
                ? "jdbc:postgresql://127.0.0.1:1/test" : "jdbc:h2:tcp://127.0.0.1:1/nothing";
        server.start(SERVER, Map.of("javaVmArguments", JVM + " -Dmsp.db.url=" + unreachable));
        try {
            // WildFly cannot create the batch job repository in the database, so it cannot deploy the portal.
            assertThrows(DeploymentException.class, () -> deployer.deploy(PORTAL));
            HttpResponse<String> ready = new PortalHttpClient(BASE).get(MANAGEMENT.resolve("health/ready"));
            assertEquals(503, ready.statusCode(), "the server keeps running and reports itself not ready");
            assertTrue(ready.body().contains("\"name\":\"boot-errors\",\"status\":\"DOWN\""), ready.body());
            String log = serverLog();
            assertTrue(log.contains("WFLYBATCH000011: Failed to create JDBC job repository"), "the log says what failed");
            assertTrue(log.contains("Connection refused"), "and why");
        } finally {
            server.stop(SERVER);
        }
    }

    @Test
    @Order(2)
    void firstAdministratorIsCreatedWithTheOneTimeSetupCodeAndThereIsNoDefaultPassword() throws IOException {
        server.start(SERVER, Map.of("javaVmArguments", JVM + " " + System.getProperty("msp.it.fresh.db.args")));
        try {
            deployer.deploy(PORTAL);
            PortalHttpClient http = new PortalHttpClient(BASE);
            HttpResponse<String> demo = http.signIn("demo.admin", "demo-admin-password");
            assertEquals(200, demo.statusCode(), "no demo or default account outside demo mode");
            assertThat(demo.body()).contains("The username or password is not right");

            Matcher code = SETUP_CODE.matcher(serverLog());
            String setupCode = null;
            while (code.find()) {
                setupCode = code.group(1);
            }
            assertTrue(setupCode != null, "the setup code is in the server log");

            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("code", "AAAA-BBBB-CCCC-DDDD");
            fields.put("displayName", "Sam Administrator");
            fields.put("username", "sam.admin");
            fields.put("password", "kettle harbour violet");
            HttpResponse<String> wrongCode = http.submit("/setup.xhtml", http.get("/setup.xhtml").body(), "setup",
                    fields, "create");
            assertThat(wrongCode.body()).contains("That setup code is not right");
            assertTrue(wrongCode.body().contains("value=\"sam.admin\""), "what was typed is kept");

            fields.put("code", setupCode.toLowerCase());
            fields.put("password", "short");
            HttpResponse<String> weak = http.submit("/setup.xhtml", wrongCode.body(), "setup", fields, "create");
            assertTrue(weak.body().contains("Use at least 12 characters"), weak.body());

            fields.put("password", "kettle harbour violet");
            HttpResponse<String> created = http.submit("/setup.xhtml", weak.body(), "setup", fields, "create");
            assertEquals(302, created.statusCode(), created.body());

            assertTrue(http.get("/setup.xhtml").body().contains("Set-up is complete"));
            assertEquals(302, http.signIn("sam.admin", "kettle harbour violet").statusCode());
            String users = http.get("/admin/users.xhtml").body();
            assertThat(users).contains("sam.admin");
            assertFalse(users.contains("demo."), "no demo accounts outside demo mode");
            deployer.undeploy(PORTAL);
        } finally {
            server.stop(SERVER);
        }
    }

    private static String serverLog() throws IOException {
        return Files.readString(Path.of(System.getProperty("jboss.home.fresh"), "standalone", "log", "server.log"));
    }
}
