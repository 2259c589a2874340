/**
 * Safeguarding concerns raised by what a person said in their feedback: how safe they feel, and words that
 * read like a disclosure of harm happening now. Someone must acknowledge each one and say what they did.
 */
package org.mspportal.survey.domain.model.concern;
