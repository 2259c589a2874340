/**
 * The enquiry and what belongs to it: the council's own case reference (never the person's name), its team and
 * dates, the Safeguarding Adults Collection (SAC) categories with exactly the national lists, and the person's
 * desired outcomes in their own words, with the catalogue of outcome statements they may be linked to.
 */
package org.mspportal.survey.domain.model.enquiry;
