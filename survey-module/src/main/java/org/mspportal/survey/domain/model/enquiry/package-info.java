/**
 * The enquiry: the council's own case reference (never the person's name), its team and dates, and
 * the Safeguarding Adults Collection (SAC) categories with exactly the national lists.
 */
package org.mspportal.survey.domain.model.enquiry;
