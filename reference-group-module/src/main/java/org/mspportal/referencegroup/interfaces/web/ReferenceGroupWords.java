package org.mspportal.referencegroup.interfaces.web;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The module's words as the reader wants them: pages read {@code #{rgWords['key']}}, which gives the Easy Read
 * wording ({@code key.easy} in the module's bundle) to a member who reads Easy Read, and the standard wording
 * otherwise. Wording lives in the bundle, as the survey's does, not in the pages.
 */
@Named("rgWords")
@RequestScoped
public class ReferenceGroupWords extends AbstractMap<String, String> {

    static final String BUNDLE = "org.mspportal.referencegroup.messages";
    static final String EASY = ".easy";

    @Inject
    ReadingMode readingMode;

    private final ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.UK,
            ReferenceGroupWords.class.getClassLoader());

    @Override
    public String get(Object key) {
        String name = String.valueOf(key);
        if (readingMode.isEasyRead() && words.containsKey(name + EASY)) {
            return words.getString(name + EASY);
        }
        try {
            return words.getString(name);
        } catch (MissingResourceException e) {
            // A page asking for a word the bundle lacks shows the key, as JSF's own bundles do, rather than failing.
            return "???" + name + "???";
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return words.containsKey(String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
