package org.mspportal.survey.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.application.OutcomeStatementCatalogue;
import org.mspportal.survey.domain.model.outcome.OutcomeStatement;

/** Backs the page listing the catalogue of outcome statements. */
@Named
@RequestScoped
public class OutcomeStatementsView {

    @Inject
    OutcomeStatementCatalogue catalogue;

    private List<OutcomeStatement> statements;

    public List<OutcomeStatement> getStatements() {
        if (statements == null) {
            statements = catalogue.activeStatements();
        }
        return statements;
    }
}
