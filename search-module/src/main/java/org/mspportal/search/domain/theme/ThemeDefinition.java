package org.mspportal.search.domain.theme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme as leads keep it: its name and its rule as written, with who changed it last and when. */
@Entity
@Table(name = "search_theme")
public class ThemeDefinition {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "rule_text", nullable = false, length = ThemeRule.MAX_LENGTH)
    private String ruleText;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 80)
    private String changedBy;

    protected ThemeDefinition() {
    }

    /** @throws IllegalArgumentException with a message for the lead if the name or the rule will not do */
    public ThemeDefinition(String name, String ruleText, String by, Instant at) {
        change(name, ruleText, by, at);
    }

    /** @throws IllegalArgumentException with a message for the lead if the name or the rule will not do */
    public void change(String name, String ruleText, String by, Instant at) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new IllegalArgumentException("Give the theme a name.");
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Keep the theme's name to " + MAX_NAME_LENGTH + " characters or fewer.");
        }
        this.ruleText = ThemeRule.parse(ruleText).text();
        this.name = cleanName;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Theme toTheme() {
        return Theme.of(name, ruleText);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRuleText() {
        return ruleText;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
