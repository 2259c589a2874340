package org.mspportal.web.shell;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mspportal.core.security.LoginAssessment;
import org.mspportal.core.security.LoginGuard;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.core.security.Usernames;
import org.mspportal.core.time.UkTime;

/**
 * Signs people in through the container (the Elytron realm), after the login guard has said the
 * attempt may go ahead. Every refusal reads the same whether or not the username exists.
 */
@Named
@RequestScoped
public class LoginView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.ZONE);

    @Inject
    LoginGuard guard;

    @Inject
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    @NotBlank(message = "Enter your username")
    @Size(max = Usernames.MAX_LENGTH, message = "Usernames are no longer than 80 characters")
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 128, message = "Passwords are no longer than 128 characters")
    private String password;

    /** Where to go after signing in: the page that asked for it. Only local paths are accepted. */
    private String next;

    public void captureRequestedPage() {
        if (next == null) {
            Object forwarded = external.getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
            if (forwarded instanceof String uri) {
                next = uri.substring(external.getRequestContextPath().length());
            }
        }
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        LoginAssessment assessment = guard.assess(username);
        if (!assessment.isAllowed()) {
            refuse(assessment);
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            if (!Usernames.isWellFormed(username)) {
                // Only people sign in here: API clients' principals (api:...) are never account names.
                throw new ServletException("Not an account name");
            }
            request.login(Usernames.normalise(username), password);
        } catch (ServletException e) {
            LoginAssessment after = guard.recordFailure(username, address);
            if (after.isAllowed()) {
                error("The username or password is not right. Check them and try again.");
            } else {
                refuse(after);
            }
            return;
        }
        request.changeSessionId();
        guard.recordSuccess(username, address);
        currentUser.signedIn(accounts.findByUsername(username).map(a -> a.getDisplayName()).orElse(username));
        external.redirect(external.getRequestContextPath() + safeNext());
    }

    private void refuse(LoginAssessment assessment) {
        switch (assessment.outcome()) {
            case WAIT -> {
                long seconds = Math.max(1, Duration.between(clock.instant(), assessment.until()).toSeconds() + 1);
                error("The username or password is not right. To keep accounts safe, please wait "
                        + seconds + " seconds before trying again.");
            }
            case LOCKED -> error("This account is locked because of too many attempts to sign in. "
                    + "Try again after " + TIME.format(assessment.until())
                    + ", or ask your administrator to unlock it.");
            default -> error("The username or password is not right. Check them and try again.");
        }
    }

    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/index.xhtml";
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
