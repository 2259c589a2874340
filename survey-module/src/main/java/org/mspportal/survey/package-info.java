/** Enquiries and feedback module: Desired outcomes through the enquiry, and the end-of-process feedback people give online, with help, or in Easy Read. */
package org.mspportal.survey;
