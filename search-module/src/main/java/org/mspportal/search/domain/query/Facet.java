package org.mspportal.search.domain.query;

import java.util.Locale;

/** What a lead can narrow a search by; each is a coded field of the index. */
public enum Facet {
    THEME("themes", "Theme"),
    SOURCE("kind", "Source"),
    QUESTION("question", "Question"),
    ANSWER("answer", "Answer"),
    PERIOD("quarter", "Period"),
    TEAM("team", "Team"),
    TYPE_OF_RISK("typesOfRisk", "Type of risk"),
    WHO_ANSWERED("answeredBy", "Who answered");

    private final String field;
    private final String label;

    Facet(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The index field. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** The name of the page's parameter for this facet, e.g. {@code theme}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
