package org.mspportal.survey.domain.model.enquiry;

/** A category of the national Safeguarding Adults Collection, with its label as the return prints it. */
public interface SacCategory {

    String label();
}
