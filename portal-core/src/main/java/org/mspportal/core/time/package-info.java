/** Time, once: the injected {@link java.time.Clock} every service asks, and UK time ({@link org.mspportal.core.time.UkTime}) every day is reckoned in. */
package org.mspportal.core.time;
