package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.OutcomeStatementCatalogue;
import org.mspportal.survey.domain.model.enquiry.OutcomeStatement;

/** The catalogue of outcome statements: everyone may read it; administrators add and retire statements. */
@Named
@RequestScoped
public class OutcomeStatementsView {

    @Inject
    OutcomeStatementCatalogue catalogue;

    private List<OutcomeStatement> statements;
    private String newWording;

    public List<OutcomeStatement> getStatements() {
        if (statements == null) {
            statements = catalogue.activeStatements();
        }
        return statements;
    }

    /** For administrators: retired statements too. */
    public List<OutcomeStatement> getAllStatements() {
        return catalogue.allStatements();
    }

    public void add() throws IOException {
        try {
            catalogue.add(newWording);
            reload();
        } catch (Refusal e) {
            EnquiryFormSupport.refuse("addStatement:newWording", e.getMessage());
        }
    }

    public void retire(long id) throws IOException {
        catalogue.retire(id);
        reload();
    }

    public void restore(long id) throws IOException {
        catalogue.restore(id);
        reload();
    }

    private static void reload() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/survey/statements.xhtml?changed=true");
    }

    public String getNewWording() {
        return newWording;
    }

    public void setNewWording(String newWording) {
        this.newWording = newWording;
    }
}
