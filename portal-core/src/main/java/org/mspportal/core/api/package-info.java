/**
 * Credentials for case systems that call the portal's REST API. Each client has its own key; only a
 * salted hash of it is stored, in a form the server's Elytron realm verifies, so an API call is a
 * container-authenticated caller in the {@value org.mspportal.core.api.ApiClient#ROLE} role whose
 * name ({@code api:<client id>}) appears in the audit log.
 */
package org.mspportal.core.api;
