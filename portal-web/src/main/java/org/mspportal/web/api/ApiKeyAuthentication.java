package org.mspportal.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.mspportal.core.api.ApiClient;
import org.mspportal.core.api.ApiKey;
import org.mspportal.core.api.ApiProblem;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Every call under {@code /api} must carry a case system's key: {@code Authorization: Bearer msp_...}.
 * The key is verified by the same Elytron security domain as staff sign-in (a revoked key is refused
 * on its next call), and the call then runs as that client, so the modules' {@code @RolesAllowed}
 * checks and the audit log see {@code api:<client id>} in role {@value ApiClient#ROLE}.
 * <p>
 * The web application's sign-in is a form, and a servlet has only one login method; this filter
 * gives the API its own without touching the pages. No session is made and no cookie is read, so a
 * staff member's signed-in browser cannot be used to call the API (no cross-site request forgery).
 */
@WebFilter(filterName = "apiKeyAuthentication", urlPatterns = "/api/*")
public class ApiKeyAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiKeyAuthentication.class.getName());
    private static final String BEARER = "Bearer ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String header = request.getHeader("Authorization");
        Optional<ApiKey> key = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? ApiKey.parse(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (key.isEmpty()) {
            refuse(response, header == null
                    ? "Send the API key in the Authorization header: 'Authorization: Bearer msp_...'."
                    : "The Authorization header does not hold an API key of the form 'Bearer msp_<client id>_<secret>'.");
            return;
        }
        SecurityIdentity client;
        try {
            client = SecurityDomain.getCurrent().authenticate(key.get().principalName(),
                    new PasswordGuessEvidence(key.get().secret().toCharArray()));
        } catch (SecurityException e) {
            LOG.warning(() -> "Refused an API key for client " + key.get().clientId() + " from " + request.getRemoteAddr());
            refuse(response, "The API key is not valid, or it has been revoked. Ask a portal administrator for a key.");
            return;
        } catch (RealmUnavailableException e) {
            throw new ServletException("The security realm is unavailable", e);
        }
        if (!client.getRoles().contains(ApiClient.ROLE)) {
            refuse(response, "The API key is not valid, or it has been revoked. Ask a portal administrator for a key.");
            return;
        }
        try {
            client.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(new CallerRequest(request, client), response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException se) {
                throw se;
            }
            throw new ServletException(e.getCause());
        }
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"msp\"");
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ApiProblem.of(Response.Status.UNAUTHORIZED, detail).toJson());
    }

    /** The request as JAX-RS sees it: its caller is the API client. */
    private static final class CallerRequest extends HttpServletRequestWrapper {

        private final SecurityIdentity client;

        CallerRequest(HttpServletRequest request, SecurityIdentity client) {
            super(request);
            this.client = client;
        }

        @Override
        public Principal getUserPrincipal() {
            return client.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return client.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return client.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return "Bearer";
        }
    }
}
