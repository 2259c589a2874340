/** Text as people type it: repair of words stored garbled by a wrong character encoding, only where the repair is sure. */
package org.mspportal.core.text;
