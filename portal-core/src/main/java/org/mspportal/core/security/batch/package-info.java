/** Batch jobs of the core's security: housekeeping of sign-in records. */
package org.mspportal.core.security.batch;
