package org.mspportal.search.domain.theme;

/** A theme of practice learning and the rule that finds it. */
public record Theme(String name, ThemeRule rule) {

    public static Theme of(String name, String rule) {
        return new Theme(name, ThemeRule.parse(rule));
    }
}
