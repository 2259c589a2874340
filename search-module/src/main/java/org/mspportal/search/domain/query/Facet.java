package org.mspportal.search.domain.query;

import java.util.Locale;

import org.mspportal.core.search.Attribute;

/** What a lead can narrow a search by; each is a coded field of the index. */
public enum Facet {
    THEME("themes", "Theme", null),
    SOURCE("kind", "Source", null),
    QUESTION("question", "Question", Attribute.QUESTION),
    ANSWER("answer", "Answer", Attribute.ANSWER),
    PERIOD("quarter", "Period", Attribute.PERIOD),
    TEAM("team", "Team", Attribute.TEAM),
    TYPE_OF_RISK("typesOfRisk", "Type of risk", Attribute.TYPE_OF_RISK),
    WHO_ANSWERED("answeredBy", "Who answered", Attribute.WHO_ANSWERED);

    private final String field;
    private final String label;
    private final Attribute attribute;

    Facet(String field, String label, Attribute attribute) {
        this.field = field;
        this.label = label;
        this.attribute = attribute;
    }

    /** The published attribute the facet counts, or null for the index's own: themes, and the kind of text. */
    public Attribute attribute() {
        return attribute;
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
