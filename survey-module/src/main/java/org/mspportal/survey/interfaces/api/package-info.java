/**
 * The survey module's part of the REST API for case systems: enquiries, their stages and closure, and
 * feedback invitations. Requests and answers are this package's own records, so the API's contract
 * stays put while the application's commands change; coded values are the SAC category codes.
 */
package org.mspportal.survey.interfaces.api;
