/** Faces backing beans of the survey module's pages; thin, delegating to the application services. */
package org.mspportal.survey.interfaces.web;
