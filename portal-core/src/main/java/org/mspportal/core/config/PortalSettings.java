package org.mspportal.core.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's settings, read through MicroProfile Config: a system property ({@code -Dmsp.demo=true})
 * or an environment variable ({@code MSP_DEMO=true}) sets each one. The README lists them.
 */
@ApplicationScoped
public class PortalSettings {

    /** Demo mode: fictional council data and known demo passwords. Never with real data. */
    @Inject
    @ConfigProperty(name = "msp.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "msp.council.name", defaultValue = "Northshire County Council")
    String councilName;

    /** Username of the first administrator, created at start-up when no administrator exists. */
    @Inject
    @ConfigProperty(name = "msp.admin.username")
    Optional<String> adminUsername;

    /** Password of the first administrator; without it a one-time setup code is written to the log. */
    @Inject
    @ConfigProperty(name = "msp.admin.password")
    Optional<String> adminPassword;

    /** Address people use to reach the portal, for links in emails and the start-up message. */
    @Inject
    @ConfigProperty(name = "msp.public.url")
    Optional<String> publicUrl;

    /** The council's safeguarding team's number, shown to respondents and printed on letters. */
    @Inject
    @ConfigProperty(name = "msp.council.safeguarding-phone")
    Optional<String> safeguardingPhone;

    @Inject
    @ConfigProperty(name = "msp.login.free-attempts", defaultValue = "3")
    int loginFreeAttempts;

    @Inject
    @ConfigProperty(name = "msp.login.lock-after", defaultValue = "8")
    int loginLockAfter;

    @Inject
    @ConfigProperty(name = "msp.login.lock-minutes", defaultValue = "30")
    long loginLockMinutes;

    public boolean isDemo() {
        return demo;
    }

    public String councilName() {
        return councilName;
    }

    public Optional<String> adminUsername() {
        return adminUsername.filter(s -> !s.isBlank());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isBlank());
    }

    public String publicUrl() {
        return publicUrl.filter(s -> !s.isBlank()).orElseGet(() -> {
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            int port = Integer.getInteger("jboss.http.port", 8080) + offset;
            return "http://localhost:" + port + "/";
        });
    }

    /** The council's safeguarding number, or the made-up drama number in demo mode if none is set; blank if neither. */
    public String safeguardingPhone() {
        return safeguardingPhone.filter(p -> !p.isBlank()).orElse(demo ? "01632 960 000" : "");
    }

    /** The short address printed on letters for typing from paper: the public address's host and path, then {@code go}. */
    public String shortAddress() {
        return publicUrl().replaceFirst("^https?://", "") + "go";
    }

    /** Wrong passwords allowed for an account before each try is slowed. */
    public int loginFreeAttempts() {
        return loginFreeAttempts;
    }

    /** Wrong passwords after which an account is locked for {@link #loginLockDuration()}. */
    public int loginLockAfter() {
        return loginLockAfter;
    }

    public Duration loginLockDuration() {
        return Duration.ofMinutes(loginLockMinutes);
    }
}
