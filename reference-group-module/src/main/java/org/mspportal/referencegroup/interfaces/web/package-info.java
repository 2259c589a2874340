/** Faces backing beans of the reference group pages. */
package org.mspportal.referencegroup.interfaces.web;
