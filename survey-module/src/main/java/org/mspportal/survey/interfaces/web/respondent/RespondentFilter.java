package org.mspportal.survey.interfaces.web.respondent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every respondent page: never cached, never leaking its address to another site (the start page's
 * address holds the invitation's secret), display preferences switched by plain links that work without
 * JavaScript, and forms refused unless they carry the session's form token.
 */
@WebFilter(filterName = "respondentPages", urlPatterns = "/feedback/*")
public class RespondentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FORM_TOKEN = "ft";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String STATELESS = "stateless";
    private static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store, max-age=0");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        if ("GET".equals(request.getMethod()) && switchesPreferences(request)) {
            RespondentPreferences current = RespondentPreferences.parse(
                    RespondentCookies.read(request, RespondentCookies.PREFERENCES).orElse(null));
            RespondentPreferences chosen = current.with(request.getParameter("lang"), request.getParameter("read"));
            RespondentCookies.write(request, response, RespondentCookies.PREFERENCES, chosen.toCookieValue(),
                    RespondentCookies.PREFERENCES_MAX_AGE);
            response.sendRedirect(addressWithoutSwitches(request));
            return;
        }
        if ("POST".equals(request.getMethod()) && !(isRespondentForm(request) && formTokenMatches(request))) {
            // No session (it ended), a form from elsewhere, or a forged or damaged form: say so kindly
            // rather than let Faces fail on it with an error page.
            response.sendRedirect(request.getContextPath() + "/feedback/ended.xhtml?why=session");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean switchesPreferences(HttpServletRequest request) {
        return request.getParameter("lang") != null || request.getParameter("read") != null;
    }

    /**
     * A form as these pages render it: a stateless view, and the page's Content-Security-Policy nonce
     * (PrimeFaces checks it on every postback and fails the request on a missing or malformed one).
     */
    static boolean isRespondentForm(HttpServletRequest request) {
        return STATELESS.equals(request.getParameter(VIEW_STATE)) && isNonce(request.getParameter(NONCE));
    }

    static boolean isNonce(String value) {
        if (value == null || value.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notANonce) {
            return false;
        }
    }

    /** The start page's code form is the only one posted before there is a session. */
    private static boolean formTokenMatches(HttpServletRequest request) {
        if (request.getServletPath().equals("/feedback/start.xhtml")) {
            return true;
        }
        Optional<String> secret = RespondentCookies.read(request, RespondentCookies.SESSION);
        return secret.isPresent() && RespondentCookies.formToken(secret.get()).equals(request.getParameter(FORM_TOKEN));
    }

    private static String addressWithoutSwitches(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getRequestURI());
        String separator = "?";
        for (var entry : request.getParameterMap().entrySet()) {
            if (entry.getKey().equals("lang") || entry.getKey().equals("read") || entry.getKey().equals("t")) {
                continue;
            }
            for (String value : entry.getValue()) {
                address.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return address.toString();
    }
}
