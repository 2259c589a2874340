package org.mspportal.survey.interfaces.web.respondent;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mspportal.survey.application.RespondentAnswers;

/**
 * The quick exit ("Leave this site"), a plain link on every respondent page so that it works without
 * JavaScript: it ends the respondent session, drops the portal's cookies for these pages, asks the
 * browser to clear what it cached of the site, and sends the browser to an everyday site, as domestic
 * abuse services' sites do. Saved answers are kept for the code. It takes GET on purpose: a link is
 * what works everywhere, and the worst a forged one can do is this same ending.
 */
@WebServlet(name = "respondentLeave", urlPatterns = RespondentLeave.PATH)
public class RespondentLeave extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/feedback/leave";
    static final String DEFAULT_SITE = "https://www.bbc.co.uk/weather";

    @Inject
    RespondentAnswers answers;

    @Inject
    @ConfigProperty(name = "msp.feedback.quick-exit-url", defaultValue = DEFAULT_SITE)
    String neutralSite;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RespondentCookies.read(request, RespondentCookies.SESSION).ifPresent(answers::end);
        RespondentCookies.forget(request, response, RespondentCookies.SESSION);
        RespondentCookies.forget(request, response, RespondentCookies.PREFERENCES);
        // Not "cookies": that would clear every site's cookies on the council's domain, and sign out staff.
        response.setHeader("Clear-Site-Data", "\"cache\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralSite.startsWith("https://") || neutralSite.startsWith("http://")
                ? neutralSite : DEFAULT_SITE);
    }
}
