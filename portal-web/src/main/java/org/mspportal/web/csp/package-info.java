/** Content-Security-Policy support that works without JavaScript: the nonce travels in every form. */
package org.mspportal.web.csp;
