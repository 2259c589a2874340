package org.mspportal.survey.interfaces.web.respondent;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** For staff pages that open a respondent session (assisted completion): keeps its cookie in the browser. */
public final class RespondentSessionCookie {

    private RespondentSessionCookie() {
    }

    public static void keep(ExternalContext external, String secret) {
        RespondentCookies.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                RespondentCookies.SESSION, secret, -1);
    }
}
