package org.mspportal.survey.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.mspportal.survey.domain.model.questionnaire.QuestionnaireVersion;

/** Published questionnaire versions, read once: they never change, so they are safe to share. */
@ApplicationScoped
class PublishedWordings {

    private final Map<Long, QuestionnaireVersion> versions = new ConcurrentHashMap<>();

    Map<Long, QuestionnaireVersion> versions() {
        return versions;
    }
}
