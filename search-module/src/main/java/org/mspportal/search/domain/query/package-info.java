/** A lead's search as plain Java: the words and filters, the facets, the minimum group size, passages shown and emerging terms. */
package org.mspportal.search.domain.query;
