/** The search module's plumbing: the English analysis the index uses, and the poller that hands the outbox's publications to the index. */
package org.mspportal.search.infrastructure;
