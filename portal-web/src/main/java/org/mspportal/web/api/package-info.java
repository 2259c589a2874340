/**
 * The REST API's entrance: who may call it (an API key per case system, checked by the server's realm
 * on every call) and how failures are told (RFC 9457 problem details, never a stack trace). The
 * resources themselves live in the modules that own the data.
 */
package org.mspportal.web.api;
