package org.mspportal.referencegroup.domain.model.group;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A reference group: people with lived experience of safeguarding and carers who meet to help the
 * Safeguarding Adults Board shape policy.
 */
@Entity
@Table(name = "rg_reference_group")
@NamedQuery(name = "ReferenceGroup.findAll", query = "SELECT g FROM ReferenceGroup g ORDER BY g.name")
@NamedQuery(name = "ReferenceGroup.count", query = "SELECT COUNT(g) FROM ReferenceGroup g")
public class ReferenceGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReferenceGroup() {
    }

    public ReferenceGroup(String name, String purpose, Instant createdAt) {
        this.name = TextLimits.require("name", name, 120, "the group's name");
        this.purpose = TextLimits.require("purpose", purpose, 1000, "what the group is for");
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
