package org.mspportal.survey.interfaces.web.respondent;

import java.util.Locale;

/** How a respondent wants the pages: English or Welsh, standard or Easy Read. Kept in a cookie, no personal data. */
record RespondentPreferences(String language, boolean easyRead) {

    static final String ENGLISH = "en";
    static final String WELSH = "cy";

    static RespondentPreferences parse(String cookieValue) {
        if (cookieValue == null) {
            return new RespondentPreferences(ENGLISH, false);
        }
        String[] parts = cookieValue.split("\\.");
        String language = WELSH.equals(parts[0]) ? WELSH : ENGLISH;
        return new RespondentPreferences(language, parts.length > 1 && "easy".equals(parts[1]));
    }

    RespondentPreferences with(String lang, String read) {
        String language = lang == null ? this.language : (WELSH.equals(lang) ? WELSH : ENGLISH);
        boolean easy = read == null ? this.easyRead : "easy".equals(read);
        return new RespondentPreferences(language, easy);
    }

    String toCookieValue() {
        return language + "." + (easyRead ? "easy" : "standard");
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
