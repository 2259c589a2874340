package org.mspportal.survey.domain.model.questionnaire;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The words of one question, in one language, standard or Easy Read. */
@Embeddable
public class QuestionWording {

    public static final int MAX_WORDING = 1000;

    @Column(name = "text_key", nullable = false, length = 40)
    private String textKey;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "easy_read", nullable = false)
    private boolean easyRead;

    @Column(nullable = false, length = MAX_WORDING)
    private String wording;

    protected QuestionWording() {
    }

    public QuestionWording(String textKey, String language, boolean easyRead, String wording) {
        this.textKey = textKey;
        this.language = language;
        this.easyRead = easyRead;
        this.wording = wording;
    }

    boolean isFor(String key, String lang, boolean easy) {
        return textKey.equals(key) && language.equals(lang) && easyRead == easy;
    }

    void reword(String newWording) {
        this.wording = newWording;
    }

    public String getTextKey() {
        return textKey;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEasyRead() {
        return easyRead;
    }

    public String getWording() {
        return wording;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionWording w && w.isFor(textKey, language, easyRead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(textKey, language, easyRead);
    }
}
