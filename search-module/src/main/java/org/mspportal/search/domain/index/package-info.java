/** What the index holds: an anonymised entry with its coded attributes and themes, and a keyed hash of whose words they are, never the words' author. */
package org.mspportal.search.domain.index;
