package org.mspportal.search.interfaces.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mspportal.search.application.PracticeLearningSearch;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.query.SearchRequest;

/**
 * The current search's anonymised words as CSV, for a practice-learning report (the search module's
 * web-fragment limits {@code /search/*} to leads and administrators). Only redacted words and coded facets;
 * withheld, like the page, when they come from fewer people than the minimum group size. Audited.
 */
@WebServlet("/search/export.csv")
public class PracticeLearningExportServlet extends HttpServlet {

    /** Enough for a report; a lead who needs more narrows the search. */
    static final int MAX_ROWS = 5000;

    @Inject
    PracticeLearningSearch search;

    /** Words that a spreadsheet would take for a formula are kept as words. */
    static String cell(String words) {
        if (words != null && !words.isEmpty() && "=+-@\t\r".indexOf(words.charAt(0)) >= 0) {
            return "'" + words;
        }
        return words;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SearchRequest wanted = SearchParameters.read(request.getParameterMap());
        PracticeLearningSearch.Results results = search.export(wanted, MAX_ROWS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (results.withheld()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain");
            response.getWriter().write("These words come from fewer than " + results.minimum().people()
                    + " people, so they are not given: someone could be recognised. Search more widely.");
            return;
        }
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"practice-learning-words.csv\"");
        Writer out = response.getWriter();
        out.write('\ufeff'); // so that Excel reads the file as UTF-8
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader("Source", "Question", "Answer",
                "Topic", "Period", "Team", "Types of risk", "Themes", "Words (anonymised)").get())) {
            for (PracticeLearningSearch.Hit hit : results.hits()) {
                SearchEntry entry = hit.entry();
                csv.printRecord(entry.getKind(), entry.getQuestion(), entry.getAnswer(), cell(entry.getTopic()),
                        entry.getQuarter(), entry.getTeam(), String.join(", ", entry.getTypesOfRisk()),
                        String.join(", ", entry.getThemes()), cell(entry.getRedactedText()));
            }
        }
    }
}
