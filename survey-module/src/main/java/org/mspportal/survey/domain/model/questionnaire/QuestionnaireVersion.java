package org.mspportal.survey.domain.model.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;


/**
 * One version of the questionnaire's wording. A draft can be reworded; once published it is frozen,
 * because responses that answered it must still show the words the person saw.
 */
@Entity
@Table(name = "survey_questionnaire")
@NamedQuery(name = "QuestionnaireVersion.latestPublished",
        query = "SELECT q FROM QuestionnaireVersion q WHERE q.publishedAt IS NOT NULL ORDER BY q.number DESC")
@NamedQuery(name = "QuestionnaireVersion.all", query = "SELECT q FROM QuestionnaireVersion q ORDER BY q.number DESC")
public class QuestionnaireVersion {

    public static final String ENGLISH = "en";
    public static final String WELSH = "cy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int number;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 80)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_questionnaire_text", joinColumns = @JoinColumn(name = "questionnaire_id"))
    private List<QuestionWording> wordings = new ArrayList<>();

    protected QuestionnaireVersion() {
    }

    /** A new draft, numbered after the version it copies, with all of that version's wording. */
    public static QuestionnaireVersion draftFrom(QuestionnaireVersion source, int number, String by, Instant at) {
        QuestionnaireVersion draft = new QuestionnaireVersion();
        draft.number = number;
        draft.createdBy = by;
        draft.createdAt = at;
        source.wordings.forEach(w -> draft.wordings.add(
                new QuestionWording(w.getTextKey(), w.getLanguage(), w.isEasyRead(), w.getWording())));
        return draft;
    }

    /** The words for a question, falling back to standard wording, then to English, if a text is missing. */
    public Optional<String> wording(String key, String language, boolean easyRead) {
        return find(key, language, easyRead)
                .or(() -> find(key, language, false))
                .or(() -> find(key, ENGLISH, easyRead))
                .or(() -> find(key, ENGLISH, false))
                .map(QuestionWording::getWording);
    }

    public void reword(String key, String language, boolean easyRead, String wording) {
        if (isPublished()) {
            throw new Refusal("Version " + number + " is published and cannot change: make a new draft.");
        }
        if (wording == null || wording.isBlank()) {
            throw new Refusal("Every question needs words.");
        }
        if (wording.length() > QuestionWording.MAX_WORDING) {
            throw new Refusal("Keep each question under " + QuestionWording.MAX_WORDING + " characters.");
        }
        wordings.stream().filter(w -> w.isFor(key, language, easyRead)).findFirst()
                .ifPresentOrElse(w -> w.reword(wording.strip()),
                        () -> wordings.add(new QuestionWording(key, language, easyRead, wording.strip())));
    }

    public void publish(String by, Instant at) {
        if (isPublished()) {
            throw new Refusal("Version " + number + " is already published.");
        }
        publishedBy = by;
        publishedAt = at;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    private Optional<QuestionWording> find(String key, String language, boolean easyRead) {
        return wordings.stream().filter(w -> w.isFor(key, language, easyRead)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<QuestionWording> getWordings() {
        return wordings.stream()
                .sorted(Comparator.comparing(QuestionWording::getTextKey).thenComparing(QuestionWording::getLanguage)
                        .thenComparing(QuestionWording::isEasyRead))
                .toList();
    }
}
