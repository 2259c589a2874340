/** Helpers that every module's pages share for showing values to people, such as dates in UK form. */
package org.mspportal.core.display;
