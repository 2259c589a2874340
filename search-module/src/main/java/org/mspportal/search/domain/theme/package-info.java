/**
 * Themes of practice learning ("being listened to", "police and justice" ...), each defined by a rule
 * of words and phrases matched with English stemming, so that "listen", "listened" and "listening"
 * are one. Plain Java over Lucene's English analyser (the same analysis the index will use), unit
 * tested; the index tags each redacted document with the themes whose rules it matches.
 */
package org.mspportal.search.domain.theme;
