/**
 * The wording of the feedback questionnaire, in versions: English and Welsh, standard and Easy Read.
 * Administrators edit a draft and publish it; a published version never changes, and every response
 * keeps the version it answered.
 */
package org.mspportal.survey.domain.model.questionnaire;
