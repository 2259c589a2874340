package org.mspportal.core.team;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A council team that carries out safeguarding enquiries, such as a locality team. */
@Entity
@Table(name = "core_team")
@NamedQuery(name = "Team.findAll", query = "SELECT t FROM Team t ORDER BY t.name")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    /** Where alerts about the team's enquiries go, such as its duty desk's shared inbox; none if not set. */
    @Column(name = "duty_email", length = 254)
    private String dutyEmail;

    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDutyEmail() {
        return Optional.ofNullable(dutyEmail).filter(e -> !e.isBlank());
    }

    public void useDutyEmail(String address) {
        this.dutyEmail = address == null || address.isBlank() ? null : address.strip();
    }
}
