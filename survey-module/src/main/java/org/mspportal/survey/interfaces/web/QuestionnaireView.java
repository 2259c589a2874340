package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.QuestionnaireEditing.Rewording;
import org.mspportal.survey.application.QuestionnaireEditing.VersionSummary;
import org.mspportal.survey.application.QuestionnaireEditing;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;
import org.mspportal.survey.domain.model.questionnaire.QuestionWording;

/**
 * The administrator's page for the questionnaire's wording: versions, and the draft's words for each
 * question in English and Welsh, standard and Easy Read. A refused save keeps everything typed.
 */
@Named
@ViewScoped
public class QuestionnaireView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One question's four wordings, as edited on the page. */
    public static class QuestionTexts implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final Map<String, String> words = new LinkedHashMap<>();

        QuestionTexts(String key) {
            this.key = key;
        }

        public String getKey() {
            return key;
        }

        /** Keyed {@code en}, {@code en-easy}, {@code cy}, {@code cy-easy}. */
        public Map<String, String> getWords() {
            return words;
        }
    }

    static final List<String> VARIANTS = List.of("en", "en-easy", "cy", "cy-easy");

    @Inject
    transient QuestionnaireEditing editing;

    private List<VersionSummary> versions;
    private Integer draftNumber;
    private List<QuestionTexts> questions;

    public void load() {
        versions = editing.versions();
        draftNumber = editing.draftNumber().orElse(null);
        questions = editing.draftWordings().map(QuestionnaireView::byQuestion).orElse(List.of());
    }

    static List<QuestionTexts> byQuestion(List<QuestionWording> wordings) {
        Map<String, QuestionTexts> byKey = new LinkedHashMap<>();
        for (QuestionWording w : wordings) {
            byKey.computeIfAbsent(w.getTextKey(), QuestionTexts::new).words
                    .put(w.getLanguage() + (w.isEasyRead() ? "-easy" : ""), w.getWording());
        }
        byKey.values().forEach(q -> VARIANTS.forEach(v -> q.words.putIfAbsent(v, "")));
        List<String> journeyOrder = FeedbackJourney.forOutcomes(List.of(1)).steps().stream()
                .map(FeedbackStep::wordingKey).toList();
        List<QuestionTexts> ordered = new ArrayList<>(byKey.values());
        ordered.sort(java.util.Comparator.comparingInt(q -> {
            int i = journeyOrder.indexOf(q.key);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return ordered;
    }

    public void startDraft() throws IOException {
        editing.startDraft();
        reload("");
    }

    public void save() throws IOException {
        try {
            editing.reword(rewordings());
            reload("?saved=true");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    public void publish() throws IOException {
        try {
            editing.reword(rewordings());
            editing.publish();
            reload("?published=true");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    public void discard() throws IOException {
        editing.discardDraft();
        reload("");
    }

    private List<Rewording> rewordings() {
        List<Rewording> changes = new ArrayList<>();
        for (QuestionTexts q : questions) {
            q.words.forEach((variant, words) -> changes.add(new Rewording(q.key, variant.substring(0, 2),
                    variant.endsWith("-easy"), words)));
        }
        return changes;
    }

    private static void reload(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/survey/questionnaire.xhtml" + query);
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public Integer getDraftNumber() {
        return draftNumber;
    }

    public List<QuestionTexts> getQuestions() {
        return questions;
    }

    public List<String> getVariants() {
        return VARIANTS;
    }
}
