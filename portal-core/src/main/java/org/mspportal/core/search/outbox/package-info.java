/** The outbox's storage, inside the core: no other module uses this package (an architecture test holds it to that). */
package org.mspportal.core.search.outbox;
