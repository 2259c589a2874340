/**
 * The platform's contract for feeding the search module: a module hands over its free text and coded
 * facets through {@link org.mspportal.core.search.SearchOutbox} inside its own transaction. The entries
 * become visible when that transaction commits, and survive a crash before anything is indexed.
 */
package org.mspportal.core.search;
