package org.mspportal.web.shell;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.FirstAdministrator;

/** Creates the first administrator with the one-time setup code from the server log. */
@Named
@RequestScoped
public class SetupView {

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @NotBlank(message = "Enter the setup code from the server log")
    @Size(max = 40, message = "The setup code is 16 letters and digits")
    private String code;

    @NotBlank(message = "Choose a username")
    @Size(max = 80, message = "Usernames are no longer than 80 characters")
    private String username;

    @NotBlank(message = "Enter your name")
    @Size(max = 120, message = "Names are no longer than 120 characters")
    private String displayName;

    @NotBlank(message = "Choose a password")
    private String password;

    public boolean isOpen() {
        return firstAdministrator.isSetupOpen();
    }

    public void create() throws IOException {
        try {
            firstAdministrator.completeSetup(code, username, displayName, password,
                    ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The administrator account is ready. Sign in with it now.", null));
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        } catch (Refusal e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            password = null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
