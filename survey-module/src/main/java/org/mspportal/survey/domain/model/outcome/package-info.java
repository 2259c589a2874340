/** Desired outcomes in the person's own words, and the catalogue of outcome statements they may be linked to. */
package org.mspportal.survey.domain.model.outcome;
