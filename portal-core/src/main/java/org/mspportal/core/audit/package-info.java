/**
 * The audit log: who viewed or exported personal data, and who signed in, when and from where.
 * Entries are only ever added; administrators read them on the audit page.
 */
package org.mspportal.core.audit;
