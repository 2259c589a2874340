package org.mspportal.search.domain.theme;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The themes a (redacted) text belongs to. */
public final class ThemeTagger {

    private ThemeTagger() {
    }

    public static Set<String> themesOf(String text, Collection<Theme> themes) {
        List<String> stems = EnglishText.stems(text);
        Set<String> found = new TreeSet<>();
        for (Theme theme : themes) {
            if (theme.rule().matches(stems)) {
                found.add(theme.name());
            }
        }
        return found;
    }
}
