package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.survey.domain.model.questionnaire.QuestionWording;
import org.mspportal.survey.domain.model.questionnaire.QuestionnaireVersion;

/**
 * Administrators reword the questionnaire without a deployment: copy the latest version into a draft,
 * reword it, publish it. New responses answer the newest published version; earlier responses keep
 * theirs. One draft at a time, so two administrators cannot publish each other's half-finished work.
 */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class QuestionnaireEditing {

    /** One version as the list shows it. */
    public record VersionSummary(long id, int number, Instant createdAt, String createdBy, Instant publishedAt,
                                 String publishedBy, boolean current) {
    }

    /** One wording to change in a draft. */
    public record Rewording(String textKey, String language, boolean easyRead, String wording) {
    }

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<VersionSummary> versions() {
        List<QuestionnaireVersion> all = all();
        Optional<QuestionnaireVersion> current = all.stream().filter(QuestionnaireVersion::isPublished).findFirst();
        return all.stream().map(v -> new VersionSummary(v.getId(), v.getNumber(), v.getCreatedAt(), v.getCreatedBy(),
                v.getPublishedAt(), v.getPublishedBy(), current.map(c -> c == v).orElse(false))).toList();
    }

    /** The draft's wordings, or empty if there is no draft. */
    public Optional<List<QuestionWording>> draftWordings() {
        return draft().map(QuestionnaireVersion::getWordings);
    }

    public Optional<Integer> draftNumber() {
        return draft().map(QuestionnaireVersion::getNumber);
    }

    /** Starts a draft from the latest published version, or returns the draft already started. */
    public int startDraft() {
        Optional<QuestionnaireVersion> existing = draft();
        if (existing.isPresent()) {
            return existing.get().getNumber();
        }
        List<QuestionnaireVersion> all = all();
        QuestionnaireVersion latest = all.stream().filter(QuestionnaireVersion::isPublished).findFirst()
                .orElseThrow(() -> new Refusal("There is no published version to start from."));
        int number = all.get(0).getNumber() + 1;
        em.persist(QuestionnaireVersion.draftFrom(latest, number, caller(), clock.instant()));
        audit.record("STARTED_QUESTIONNAIRE_DRAFT", "questionnaire version " + number, null);
        return number;
    }

    /** Saves the changed wordings of the draft, all or none. */
    public void reword(List<Rewording> changes) {
        QuestionnaireVersion draft = draft().orElseThrow(() -> new Refusal("There is no draft to change."));
        for (Rewording change : changes) {
            draft.reword(change.textKey(), change.language(), change.easyRead(), change.wording());
        }
    }

    public void publish() {
        QuestionnaireVersion draft = draft().orElseThrow(() -> new Refusal("There is no draft to publish."));
        draft.publish(caller(), clock.instant());
        audit.record("PUBLISHED_QUESTIONNAIRE", "questionnaire version " + draft.getNumber(), null);
    }

    public void discardDraft() {
        draft().ifPresent(d -> {
            em.remove(d);
            audit.record("DISCARDED_QUESTIONNAIRE_DRAFT", "questionnaire version " + d.getNumber(), null);
        });
    }

    private Optional<QuestionnaireVersion> draft() {
        return all().stream().filter(v -> !v.isPublished()).findFirst();
    }

    private List<QuestionnaireVersion> all() {
        return em.createNamedQuery("QuestionnaireVersion.all", QuestionnaireVersion.class).getResultList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
