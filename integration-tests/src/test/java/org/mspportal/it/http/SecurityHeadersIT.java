package org.mspportal.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Portal.DemoUser;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * The checks of a ZAP baseline scan's passive rules, on every page: security headers, cookie flags,
 * no caching of pages, no stack traces; plus session fixation and forged form posts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    static final List<String> PUBLIC_PAGES = List.of("/", "/index.xhtml", "/login.xhtml", "/setup.xhtml");
    static final List<String> ADMIN_PAGES = List.of("/index.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml",
            "/survey/index.xhtml", "/survey/enquiry-new.xhtml", "/survey/statements.xhtml",
            "/reference-group/index.xhtml", "/search/index.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void everyPublicPageSendsTheSecurityHeadersAndNoStore() {
        PortalHttpClient http = new PortalHttpClient();
        for (String page : PUBLIC_PAGES) {
            HttpResponse<String> response = http.get(page);
            assertEquals(200, response.statusCode(), page);
            assertSecurityHeaders(page, response);
            assertNoStore(page, response);
        }
    }

    @Test
    void everyStaffPageSendsTheSecurityHeadersAndNoStore() {
        PortalHttpClient http = new PortalHttpClient();
        http.signIn(DemoUser.ADMIN);
        for (String page : ADMIN_PAGES) {
            HttpResponse<String> response = http.get(page);
            assertEquals(200, response.statusCode(), page);
            assertSecurityHeaders(page, response);
            assertNoStore(page, response);
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> response = new PortalHttpClient().get("/login.xhtml");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void sessionIdChangesAtSignIn() {
        PortalHttpClient http = new PortalHttpClient();
        http.get("/login.xhtml");
        String before = http.sessionId();
        assertNotNull(before);
        assertEquals(302, http.signIn(DemoUser.PRACTITIONER).statusCode());
        assertNotEquals(before, http.sessionId());
    }

    @Test
    void staticResourcesMayBeCachedButCarryTheHeaders() {
        HttpResponse<String> css = new PortalHttpClient().get("/jakarta.faces.resource/css/portal.css.xhtml");
        assertEquals(200, css.statusCode());
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertSecurityHeaders("portal.css", css);
    }

    @Test
    void unknownPageGetsAPlainEnglish404WithoutAStackTrace() {
        HttpResponse<String> response = new PortalHttpClient().get("/no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertThat(response.body()).contains("Page not found");
        assertNoStackTrace(response.body());
        assertSecurityHeaders("404", response);
    }

    @Test
    void forgedFormPostIsRefusedWithTheExpiredPage() {
        PortalHttpClient http = new PortalHttpClient();
        http.signIn(DemoUser.ADMIN);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signOutForm", "signOutForm");
        form.put("signOutForm:signOut", "Sign out");
        form.put("jakarta.faces.ViewState", "-1234567890123456789:987654321987654321");
        HttpResponse<String> response = http.post("/index.xhtml", form);
        assertTrue(response.body().contains("This page has expired"), "forged view state is refused");
        assertNoStackTrace(response.body());
        assertTrue(http.get("/index.xhtml").body().contains("Signed in as"), "the forged sign-out did nothing");
    }

    @Test
    void memberCannotOpenAStaffPageByTypingItsAddress() {
        PortalHttpClient http = new PortalHttpClient();
        http.signIn(DemoUser.MEMBER);
        for (String page : List.of("/admin/users.xhtml", "/admin/audit.xhtml", "/survey/index.xhtml", "/search/index.xhtml")) {
            HttpResponse<String> response = http.get(page);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("You cannot open this page"), page);
            assertNoStackTrace(response.body());
        }
    }

    @Test
    void signedOutVisitorIsSentToSignInForAStaffPage() {
        HttpResponse<String> response = new PortalHttpClient().get("/admin/users.xhtml");
        assertEquals(200, response.statusCode());
        assertThat(response.body()).contains("<h1>Sign in</h1>");
        assertFalse(response.body().contains("demo.admin"), "no user data before signing in");
    }

    static void assertSecurityHeaders(String page, HttpResponse<String> response) {
        List<String> csp = response.headers().allValues("Content-Security-Policy");
        assertTrue(csp.stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), page + " CSP " + csp);
        assertTrue(csp.stream().anyMatch(v -> v.contains("object-src 'none'")), page + " CSP " + csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), page);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), page);
        assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), page);
        assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), page + " reveals its server");
    }

    static void assertNoStore(String page, HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"), page);
    }

    static void assertNoStackTrace(String body) {
        String visible = body.replaceAll("(?s)<script.*?</script>", "");
        assertFalse(visible.contains("Exception"), "no exception names");
        assertFalse(visible.matches("(?s).*\\bat (org|java|jakarta|io)\\.[a-z].*"), "no stack frames");
    }
}
