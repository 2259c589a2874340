package org.mspportal.survey.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.survey.domain.model.questionnaire.QuestionnaireVersion;

/**
 * The questionnaire's wording as respondents see it. Published versions never change, so once read
 * their words are kept in memory ({@link PublishedWordings}) for every page after.
 */
@Stateless
@PermitAll
public class Questionnaires {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    PublishedWordings published;

    /** The version new responses answer: the latest published one. */
    public QuestionnaireVersion current() {
        return em.createNamedQuery("QuestionnaireVersion.latestPublished", QuestionnaireVersion.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No questionnaire version is published."));
    }

    /** The words of a question in the version a response answers. */
    public String wording(long versionId, String key, String language, boolean easyRead) {
        QuestionnaireVersion version = published.versions().computeIfAbsent(versionId, id -> {
            QuestionnaireVersion found = em.find(QuestionnaireVersion.class, id);
            return found != null && found.isPublished() ? found : null;
        });
        if (version == null) {
            throw new IllegalStateException("Questionnaire version " + versionId + " is not published.");
        }
        return version.wording(key, language, easyRead).orElse(key);
    }
}
