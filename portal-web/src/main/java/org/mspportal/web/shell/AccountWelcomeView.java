package org.mspportal.web.shell;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.AccountInvitations;

/** The page an invitation link opens: the person chooses a password, then signs in. */
@Named
@ViewScoped
public class AccountWelcomeView implements Serializable {

    @Inject
    AccountInvitations invitations;

    private String token;
    private String username;
    private String password;

    public void load() {
        username = invitations.usernameFor(token).orElse(null);
    }

    public boolean isUsable() {
        return username != null;
    }

    public void choose() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            invitations.redeem(token, password, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Your password is set. Sign in with your username " + username + " and your new password.", null));
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        } catch (Refusal e) {
            faces.addMessage("welcome:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
