package org.mspportal.survey.interfaces.web.respondent;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The short address printed on the letter ({@code /go}), for people who type it from paper: it opens the
 * page that asks for the code. Phones often capitalise the first letter, so {@code /Go} works too.
 */
@WebServlet(name = "feedbackShortAddress", urlPatterns = {ShortAddress.PATH, "/Go", "/GO"})
public class ShortAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/go";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/feedback/start.xhtml");
    }
}
