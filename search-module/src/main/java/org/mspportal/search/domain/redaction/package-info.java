/**
 * Redaction of identifiers from free text before anything is indexed: plain Java, no container, its
 * own unit tests and a labelled corpus that measures it (docs/benchmarks.md).
 */
package org.mspportal.search.domain.redaction;
