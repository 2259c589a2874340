package org.mspportal.core.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A person who signs in: council staff or a reference group member.
 * The password is kept only as a salted bcrypt hash in modular crypt format, which the
 * server's Elytron realm reads directly.
 */
@Entity
@Table(name = "core_user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.emailsWithRole", query = "SELECT u.email FROM UserAccount u JOIN u.roles r "
        + "WHERE r = :role AND u.enabled = TRUE AND u.email IS NOT NULL ORDER BY u.email")
@NamedQuery(name = "UserAccount.countWithRole", query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 40, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Set<PortalRole> roles, Instant now) {
        this.username = Usernames.normalise(username);
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(PortalRole.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean hasRole(PortalRole role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<PortalRole> getRoles() {
        return Set.copyOf(roles);
    }
}
