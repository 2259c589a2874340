package org.mspportal.search.domain.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.PracticeLearningText;

/**
 * One piece of feedback, an outcome's comment, a suggestion or a comment on one, as the index holds it:
 * its words already redacted, its facets coded, its themes. Nothing here names anyone; the words as
 * written stay in the publishing module's tables under that module's role checks.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = SearchEntry.INDEX)
public class SearchEntry {

    public static final String INDEX = "practice-learning";
    public static final String TEXT = "text";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "document_id", nullable = false, length = 100)
    private String documentId;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 40)
    private String kind;

    @FullTextField(name = TEXT, analyzer = "english", projectable = Projectable.YES,
            highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @Column(name = "redacted_text", nullable = false, length = 20000)
    private String redactedText;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 60)
    private String question;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 20)
    private String answer;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "answered_by", length = 40)
    private String answeredBy;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 20)
    private String team;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 20)
    private String quarter;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 200)
    private String topic;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 40)
    private String status;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_risk", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "type_of_risk", length = 60)
    private Set<String> typesOfRisk = new TreeSet<>();

    /** A lead's choices for this entry, kept through re-tagging: theme name to true (added) or false (taken off). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_theme_choice", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "theme", length = 80)
    @Column(name = "chosen", nullable = false)
    private Map<String, Boolean> themeChoices = new HashMap<>();

    /** Never shown nor projected: only counted, for the minimum group size. */
    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "person_key", length = 64)
    private String personKey;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_theme", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "theme", length = 80)
    private Set<String> themes = new TreeSet<>();

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "written_on")
    private LocalDate writtenOn;

    @Column(name = "indexed_at", nullable = false)
    private Instant indexedAt;

    protected SearchEntry() {
    }

    public SearchEntry(String source, String documentId) {
        this.source = source;
        this.documentId = documentId;
    }

    /** Replaces what the entry says with a newer publication of the same text. */
    public void update(PracticeLearningText text, String redactedText, String personKey, Set<String> themes,
                       Instant now) {
        this.kind = text.kind();
        this.redactedText = redactedText;
        this.question = text.value(Attribute.QUESTION);
        this.answer = text.value(Attribute.ANSWER);
        this.answeredBy = text.value(Attribute.WHO_ANSWERED);
        this.team = text.value(Attribute.TEAM);
        this.quarter = text.value(Attribute.PERIOD);
        this.topic = text.value(Attribute.TOPIC);
        this.status = text.value(Attribute.STATUS);
        this.typesOfRisk.clear();
        this.typesOfRisk.addAll(text.values(Attribute.TYPE_OF_RISK));
        this.personKey = personKey;
        this.writtenOn = text.writtenOn();
        retag(themes);
        this.indexedAt = now;
    }

    /** Tags the entry with the themes its rules find now, then applies the leads' own choices for it. */
    public void retag(Set<String> found) {
        themes.clear();
        themes.addAll(found);
        themeChoices.forEach((theme, chosen) -> {
            if (chosen) {
                themes.add(theme);
            } else {
                themes.remove(theme);
            }
        });
    }

    /** A lead puts the entry under a theme its rules did not find; it stays there through re-tagging. */
    public void addTheme(String theme) {
        themeChoices.put(theme, true);
        themes.add(theme);
    }

    /** A lead takes the entry out of a theme; its rules will not put it back. */
    public void removeTheme(String theme) {
        themeChoices.put(theme, false);
        themes.remove(theme);
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getKind() {
        return kind;
    }

    public String getRedactedText() {
        return redactedText;
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<String> getTypesOfRisk() {
        return Set.copyOf(typesOfRisk);
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getTeam() {
        return team;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getTopic() {
        return topic;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }
}
