package org.mspportal.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.mspportal.it.support.Accessibility;
import org.mspportal.it.support.Browser;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A safeguarding lead makes a period's figures on the page, follows the run to the end and downloads
 * the board report in each format, every one saying it is suppressed; the download is audited. A
 * practitioner cannot open the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MspReportPageIT {

    static final Pattern LATEST_STATUS = Pattern.compile("id=\"status-\\d+\">([A-Za-z]+)<");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void aLeadMakesTheFiguresFollowsTheRunAndDownloadsTheBoardReport() throws Exception {
        PortalHttpClient lead = new PortalHttpClient();
        lead.signIn(Portal.DemoUser.LEAD);
        String page = lead.get("/survey/reporting.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", "2025-26");
        fields.put("scope", "council");
        HttpResponse<String> started = lead.submit("/survey/reporting.xhtml", page, "makeFigures", fields, "make");
        assertTrue(started.body().contains("Making the figures for 2025-26 (Whole council)"), started.body());

        String[] shown = {started.body()};
        String finished = await("the figures to be made").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> shown[0] = lead.submit("/survey/reporting.xhtml", shown[0], "makeFigures", fields, "show").body(),
                        body -> latestStatus(body).equals("Finished"));
        assertEquals("Finished", latestStatus(finished));
        assertTrue(finished.contains("Making Safeguarding Personal: asked, and outcomes achieved"), "the SG4a table is shown");
        assertTrue(finished.contains("Counts of 0 to 4 are shown as *"), "and says how it is suppressed");

        HttpResponse<String> csv = lead.submit("/survey/reporting.xhtml", finished, "downloads", Map.of(), "csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("msp-figures-2025-26-whole-council.csv"));
        assertTrue(csv.body().contains("SG4A,") && csv.body().contains("Counts of 0 to 4 are shown as *"), csv.body());
        HttpResponse<String> pdf = lead.submit("/survey/reporting.xhtml", finished, "downloads", Map.of(), "pdf");
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        HttpResponse<String> xlsx = lead.submit("/survey/reporting.xhtml", finished, "downloads", Map.of(), "xlsx");
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX (zip) workbook");

        Browser browser = Browser.open();
        try {
            browser.signIn(Portal.DemoUser.LEAD).go("/survey/reporting.xhtml");
            new Select(browser.driver().findElement(By.id("makeFigures:period"))).selectByValue("2025-26");
            browser.submitAndWait(By.id("makeFigures:show"));
            Number charts = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('.figures-chart canvas')).filter(c => c.width > 0).length;");
            assertEquals(3, charts.intValue(), "outcomes by quarter, feedback answers and feeling safe are drawn");
            Accessibility.assertNoViolations(browser.driver());
            browser.resize(320, 800);
            Accessibility.assertFitsWidth(browser.driver(), 320);
        } finally {
            browser.close();
        }

        PortalHttpClient admin = new PortalHttpClient();
        admin.signIn(Portal.DemoUser.ADMIN);
        assertTrue(admin.get("/admin/audit.xhtml").body().contains("EXPORTED_MSP_REPORT"), "downloads are audited");

        PortalHttpClient practitioner = new PortalHttpClient();
        practitioner.signIn(Portal.DemoUser.PRACTITIONER);
        assertEquals(403, practitioner.get("/survey/reporting.xhtml").statusCode());
    }

    private static String latestStatus(String page) {
        Matcher m = LATEST_STATUS.matcher(page);
        return m.find() ? m.group(1) : "";
    }
}
