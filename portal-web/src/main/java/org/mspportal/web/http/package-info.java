/** HTTP concerns of the web layer: caching headers for pages that may hold personal data. */
package org.mspportal.web.http;
