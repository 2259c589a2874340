package org.mspportal.survey.interfaces.web.respondent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
        if ("POST".equals(request.getMethod()) && !formTokenMatches(request)) {
            // No session (it ended) or a form from elsewhere: say so kindly rather than act on it.
            response.sendRedirect(request.getContextPath() + "/feedback/ended.xhtml?why=session");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean switchesPreferences(HttpServletRequest request) {
        return request.getParameter("lang") != null || request.getParameter("read") != null;
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
