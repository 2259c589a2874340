package org.mspportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.security.UserAdministration;
import org.mspportal.core.security.UserSummary;

/** The administrators' list of users and their roles. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration administration;

    private List<UserSummary> users;

    public List<UserSummary> getUsers() {
        if (users == null) {
            users = administration.listUsers();
        }
        return users;
    }

    public void unlock(String username) {
        administration.unlock(username);
        users = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, "Unlocked " + username + ".", null));
    }
}
