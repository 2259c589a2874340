/**
 * The respondent's pages: no account, no JavaScript needed, no PrimeFaces. Stateless Faces views
 * (nothing in the HTTP session), a respondent session in a cookie, one question per page.
 */
package org.mspportal.survey.interfaces.web.respondent;
