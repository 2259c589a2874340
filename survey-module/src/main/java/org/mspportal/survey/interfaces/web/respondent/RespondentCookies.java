package org.mspportal.survey.interfaces.web.respondent;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mspportal.survey.domain.model.invitation.InvitationSecrets;

/**
 * The respondent's two cookies, both limited to {@value #PATH}: the session (its secret; the server
 * keeps only a hash; gone when the browser closes) and the display preferences (language, Easy Read).
 */
final class RespondentCookies {

    static final String PATH = "/feedback";
    static final String SESSION = "msp_feedback";
    static final String PREFERENCES = "msp_feedback_prefs";
    static final int PREFERENCES_MAX_AGE = 60 * 60 * 24 * 90;

    private RespondentCookies() {
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || secureCookiesConfigured());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Tells the browser to drop the cookie now. */
    static void forget(HttpServletRequest request, HttpServletResponse response, String name) {
        write(request, response, name, "", 0);
    }

    /**
     * The token a respondent's forms carry, derived from the session secret the attacker's site cannot
     * read: a form posted from elsewhere lacks it (cross-site request forgery).
     */
    static String formToken(String sessionSecret) {
        return InvitationSecrets.hash("form:" + sessionSecret).substring(0, 32);
    }

    private static boolean secureCookiesConfigured() {
        return Boolean.parseBoolean(System.getenv().getOrDefault("MSP_SECURE_COOKIES", "false"));
    }
}
