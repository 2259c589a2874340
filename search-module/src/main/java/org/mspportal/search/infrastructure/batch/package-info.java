/** The search-rebuild job's artifacts: every entry indexed again from the module's table, then what the table no longer holds removed from the index. */
package org.mspportal.search.infrastructure.batch;
