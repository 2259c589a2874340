/**
 * Rules every published figure follows, whichever module reports it: small-number suppression and
 * rounding as the Safeguarding Adults Collection publishes, in one place.
 */
package org.mspportal.core.reporting;
