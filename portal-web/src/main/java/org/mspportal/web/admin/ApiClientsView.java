package org.mspportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.api.ApiClientSummary;
import org.mspportal.core.api.ApiClients;
import org.mspportal.core.api.IssuedApiKey;
import org.mspportal.core.rule.Refusal;

/** Administrators issue a key to each case system that calls the REST API, and revoke it. */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiClients clients;

    private List<ApiClientSummary> list;
    private String name;
    private String purpose;
    private IssuedApiKey issued;

    public List<ApiClientSummary> getClients() {
        if (list == null) {
            list = clients.list();
        }
        return list;
    }

    public void issue() {
        try {
            issued = clients.issue(name, purpose);
            name = null;
            purpose = null;
            list = null;
        } catch (Refusal e) {
            FacesContext.getCurrentInstance().addMessage("issue:name",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void revoke(String clientId) {
        clients.revoke(clientId);
        list = null;
        issued = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "The key of " + clientId + " is revoked: the system's next call will be refused.", null));
    }

    /** The key just issued, shown on this page once; leaving the page forgets it. */
    public IssuedApiKey getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
